package org.rectiflow.processadmin;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Small test-only models (keys {@code pa-…}, never the real ones), in three versions: v1
 * A → B; v2 adds a step between them, reroutes A and gives B a due date; v3 drops B.
 */
final class ProcessModels {

	private ProcessModels() {
	}

	static String key() {
		return "pa-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static BpmnModelInstance v1(String key) {
		return Bpmn.createExecutableProcess(key)
			.name("测试流程")
			.camundaHistoryTimeToLive(30)
			.startEvent("StartEvent_1")
			.sequenceFlowId("Flow_1")
			.userTask("Task_A")
			.name("起草")
			.camundaCandidateGroups("inspection-office")
			.sequenceFlowId("Flow_2")
			.userTask("Task_B")
			.name("审核")
			.camundaCandidateGroups("inspection-office")
			.sequenceFlowId("Flow_3")
			.endEvent("End_1")
			.done();
	}

	static BpmnModelInstance v2(String key) {
		return Bpmn.createExecutableProcess(key)
			.name("测试流程")
			.camundaHistoryTimeToLive(30)
			.startEvent("StartEvent_1")
			.sequenceFlowId("Flow_1")
			.userTask("Task_A")
			.name("起草")
			.camundaCandidateGroups("inspection-office,process-admin")
			.sequenceFlowId("Flow_2")
			.userTask("Task_New")
			.name("新增复核")
			.camundaCandidateGroups("inspection-office")
			.sequenceFlowId("Flow_4")
			.userTask("Task_B")
			.name("审核")
			.camundaCandidateGroups("inspection-office")
			.camundaDueDate("${deadlines.dueIn('reply', now())}")
			.sequenceFlowId("Flow_3")
			.endEvent("End_1")
			.done();
	}

	static BpmnModelInstance v3(String key) {
		return Bpmn.createExecutableProcess(key)
			.name("测试流程")
			.camundaHistoryTimeToLive(30)
			.startEvent("StartEvent_1")
			.sequenceFlowId("Flow_1")
			.userTask("Task_A")
			.name("起草")
			.camundaCandidateGroups("inspection-office")
			.sequenceFlowId("Flow_2")
			.userTask("Task_C")
			.name("替代审核")
			.camundaCandidateGroups("inspection-office")
			.sequenceFlowId("Flow_5")
			.endEvent("End_1")
			.done();
	}

	static byte[] bytes(BpmnModelInstance model) {
		return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
	}

}

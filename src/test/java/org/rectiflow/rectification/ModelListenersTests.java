package org.rectiflow.rectification;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger follows these user tasks through listeners named in the models. Renaming a
 * task or dropping its listener in Camunda Modeler fails here instead of silently
 * stopping the ledger's updates.
 */
class ModelListenersTests {

	private static final Map<String, Map<String, String>> LISTENERS = Map.of("rectification-item",
			Map.of("Task_PlanMeasures", "rectificationPlanRecorder", "Task_Implement", "implementationRecorder",
					"Task_ReviewOffice", "reviewVoteRecorder", "Task_ReviewDiscipline", "reviewVoteRecorder",
					"Task_ReviewOrganization", "reviewVoteRecorder", "Task_ReviewDepartment", "reviewVoteRecorder",
					"Task_ReportProgress", "progressReportRecorder"),
			"inspection-round",
			Map.of("Task_DraftPlan", "rectificationPlanSubmitter", "Task_ReviewPlan", "rectificationPlanReviewer",
					"Task_HoldMeeting", "rectificationMeetingRecorder", "Task_SubmitRectificationReport",
					"rectificationReportRecorder"));

	@Test
	void everyLedgerStepNamesItsRecorderOnCompletion() throws Exception {
		for (Map.Entry<String, Map<String, String>> process : LISTENERS.entrySet()) {
			BpmnModelInstance model;
			try (InputStream in = new ClassPathResource("processes/" + process.getKey() + ".bpmn").getInputStream()) {
				model = Bpmn.readModelFromStream(in);
			}
			process.getValue().forEach((taskId, bean) -> {
				UserTask task = model.getModelElementById(taskId);
				assertThat(task).as(process.getKey() + " " + taskId).isNotNull();
				List<String> listeners = task.getExtensionElements()
					.getElementsQuery()
					.filterByType(CamundaTaskListener.class)
					.list()
					.stream()
					.filter((listener) -> "complete".equals(listener.getCamundaEvent()))
					.map(CamundaTaskListener::getCamundaDelegateExpression)
					.toList();
				assertThat(listeners).as(taskId).contains("${" + bean + "}");
			});
		}
	}

}

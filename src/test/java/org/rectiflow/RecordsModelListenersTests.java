package org.rectiflow;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records of the round, finding and transfer modules follow these steps through
 * listeners named in the models. Renaming a step or dropping its listener in Camunda
 * Modeler fails here instead of silently stopping the records' updates.
 */
class RecordsModelListenersTests {

	private static final Map<String, String> ROUND_TASKS = Map.of("Task_PlanInspection", "${inspectionPlanRecorder}",
			"Task_Feedback", "${inspectionFeedbackRecorder}", "Task_IssueFixNotice", "${immediateFixNoticeRecorder}",
			"Task_FixOnSpot", "${immediateFixReportRecorder}", "Task_VerifyFix", "${immediateFixCheckRecorder}",
			"Task_ConductOnsite", "${recordCountsRecorder}", "Task_DraftReport", "${recordCountsRecorder}");

	private static final Map<String, String> ROUND_STAGES = Map.of("SubProcess_Onsite", "ONSITE", "SubProcess_Report",
			"REPORT", "Task_Feedback", "FEEDBACK", "SubProcess_Transfer", "TRANSFER", "SubProcess_Rectification",
			"RECTIFICATION", "SubProcess_EvaluationSignOff", "EVALUATION", "CallActivity_FollowUpReview", "FOLLOW_UP",
			"EndEvent_RoundClosed", "CLOSED");

	@Test
	void everyRecordedStepOfInspectionRoundNamesItsListener() throws Exception {
		BpmnModelInstance model = model("inspection-round");
		ROUND_TASKS.forEach((task, bean) -> assertThat(taskListeners(model, task)).as(task).contains(bean));
		ROUND_STAGES.forEach((element, stage) -> assertThat(executionListeners(model, element, "start")).as(element)
			.contains("${inspectionStages.enter(execution, '" + stage + "')}"));
	}

	@Test
	void theOverdueTimersOfTransfersNameTheirListener() throws Exception {
		assertThat(executionListeners(model("clue-handling"), "BoundaryEvent_ClueReplyOverdue", "end"))
			.contains("${transferOverdueRecorder}");
		assertThat(
				executionListeners(model("recommendation-handling"), "BoundaryEvent_RecommendationReplyOverdue", "end"))
			.contains("${transferOverdueRecorder}");
	}

	private static BpmnModelInstance model(String key) throws Exception {
		try (InputStream in = new ClassPathResource("processes/" + key + ".bpmn").getInputStream()) {
			return Bpmn.readModelFromStream(in);
		}
	}

	private static List<String> taskListeners(BpmnModelInstance model, String id) {
		BaseElement element = model.getModelElementById(id);
		assertThat(element).as(id).isNotNull();
		return element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaTaskListener.class)
			.list()
			.stream()
			.filter((listener) -> "complete".equals(listener.getCamundaEvent()))
			.map(CamundaTaskListener::getCamundaDelegateExpression)
			.toList();
	}

	private static List<String> executionListeners(BpmnModelInstance model, String id, String event) {
		BaseElement element = model.getModelElementById(id);
		assertThat(element).as(id).isNotNull();
		return element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaExecutionListener.class)
			.list()
			.stream()
			.filter((listener) -> event.equals(listener.getCamundaEvent()))
			.map((listener) -> (listener.getCamundaExpression() != null) ? listener.getCamundaExpression()
					: listener.getCamundaDelegateExpression())
			.toList();
	}

}

package org.rectiflow.rectification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The rectification plan follows the plan tasks of {@code inspection-round} through the
 * listeners the models name, fed with the variables the forms submit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class PlanListenersTests {

	@Autowired
	@Qualifier("rectificationPlanSubmitter")
	private TaskListener submitter;

	@Autowired
	@Qualifier("rectificationPlanReviewer")
	private TaskListener reviewer;

	@Autowired
	@Qualifier("rectificationMeetingRecorder")
	private TaskListener meeting;

	@Autowired
	@Qualifier("rectificationReportRecorder")
	private TaskListener report;

	@Autowired
	private RectificationPlanRepository plans;

	@Autowired
	private PlanReturnRepository returns;

	@Test
	void thePlanFollowsDraftReturnApprovalMeetingAndReport() {
		long inspection = LedgerFixtures.nextId();
		Map<String, Object> variables = new HashMap<>();
		variables.put("inspectionRecordId", String.valueOf(inspection));
		variables.put("roundId", "12");
		variables.put("villageGroup", "village-t02v04");
		variables.put("planSummary", "一、成立整改工作领导小组；二、逐项制定措施");
		variables.put("secretaryName", "赵书记");
		variables.put("secretaryPhone", "13600000000");
		this.submitter.notify(task(variables, "village-t02v04"));
		RectificationPlan submitted = this.plans.findByInspectionId(inspection).orElseThrow();
		assertThat(submitted.getState()).isEqualTo(PlanState.SUBMITTED);
		assertThat(submitted.getUnitName()).isEqualTo("高岭村");
		assertThat(submitted.getRoundId()).isEqualTo(12L);

		variables.put("planDecision", "RETURN");
		variables.put("planReturnReason", "措施不够具体，请细化到人");
		this.reviewer.notify(task(variables, null));
		assertThat(this.plans.findByInspectionId(inspection).orElseThrow().getState()).isEqualTo(PlanState.RETURNED);
		assertThat(this.returns.findByPlanIdOrderByReturnedAtAscIdAsc(submitted.getId())).singleElement()
			.satisfies((planReturn) -> {
				assertThat(planReturn.getReason()).isEqualTo("措施不够具体，请细化到人");
				assertThat(planReturn.getReturnedBy()).isEqualTo(ProcessActors.SYSTEM);
			});

		assertThatThrownBy(() -> this.report.notify(task(variables, null))).hasMessageContaining("rectificationReport");
		this.submitter.notify(task(variables, "village-t02v04"));
		variables.put("planDecision", "APPROVE");
		this.reviewer.notify(task(variables, "inspection-office"));
		variables.put("meetingDate", "2026-12-01");
		variables.put("meetingSummary", "对照问题逐条检视");
		this.meeting.notify(task(variables, "village-t02v04"));
		variables.put("rectificationReport", "整改报告全文");
		this.report.notify(task(variables, "village-t02v04"));
		RectificationPlan done = this.plans.findByInspectionId(inspection).orElseThrow();
		assertThat(done.getState()).isEqualTo(PlanState.APPROVED);
		assertThat(done.getReturnCount()).isEqualTo(1);
		assertThat(done.getMeetingHeldOn()).hasToString("2026-12-01");
		assertThat(done.getReportSubmittedOn()).isEqualTo(LedgerFixtures.today());
	}

	private static DelegateTask task(Map<String, Object> variables, String assignee) {
		DelegateTask task = mock(DelegateTask.class);
		DelegateExecution execution = mock(DelegateExecution.class);
		given(task.getVariable(anyString())).willAnswer((call) -> variables.get(call.<String>getArgument(0)));
		given(task.getAssignee()).willReturn(assignee);
		given(task.getExecution()).willReturn(execution);
		given(execution.getProcessBusinessKey()).willReturn(String.valueOf(variables.get("inspectionRecordId")));
		return task;
	}

}

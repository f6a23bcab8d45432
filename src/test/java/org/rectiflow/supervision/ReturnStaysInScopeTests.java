package org.rectiflow.supervision;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.ExtensionRequests;
import org.rectiflow.rectification.ItemState;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.TestClock;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.workflow.TaskActions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 B4: a 退回 moves only within the task's own scope. On a warning's own step
 * (督促逾期整改, 约谈整改责任人) there is no step before it: refused with 409, and the village's 落实整改
 * and a pending 审批延期申请 stay. After every action the ledger and the process agree.
 */
@ApiTest
class ReturnStaysInScopeTests {

	private static final CurrentUser OFFICE = new CurrentUser("inspection-office", Set.of("inspection-office"));

	@Autowired
	private ItemFlows flows;

	@Autowired
	private LedgerQueries ledger;

	@Autowired
	private ExtensionRequests extensions;

	@Autowired
	private TaskService tasks;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private HistoryService history;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TaskActions actions;

	@Test
	void aWarningsOwnStepCannotBeReturnedAndNothingElseIsLost() throws Exception {
		InspectedUnit village = this.flows.village("退回范围村");
		ItemFlows.Flow flow = this.flows.planned(village, ItemFlows.today().plusDays(1));
		assertAgree(flow, ItemState.IN_PROGRESS);
		TestClock.advance(Duration.ofDays(3));
		this.flows.runDueJobs(flow);
		assertThat(this.flows.openTasks(flow, "Task_SuperviseOverdue")).isOne();
		this.extensions.request(flow.itemId(),
				new ExtensionRequests.Request(ItemFlows.today().plusDays(20), "需等待村民代表会议重新表决"),
				new CurrentUser("village-user", Set.of(village.getGroupId())));
		assertThat(this.flows.openTasks(flow, "Task_ReviewExtension")).isOne();

		refused(task(flow, "Task_SuperviseOverdue"), "inspection-office");
		assertStillOpen(flow, "Task_SuperviseOverdue", "Task_Implement", "Task_ReviewExtension");
		assertAgree(flow, ItemState.IN_PROGRESS);

		TestClock.advance(Duration.ofDays(30));
		this.flows.runDueJobs(flow);
		assertThat(this.flows.openTasks(flow, "Task_AdmonishItem")).isOne();
		refused(task(flow, "Task_AdmonishItem"), "discipline-commission");
		assertStillOpen(flow, "Task_AdmonishItem", "Task_SuperviseOverdue", "Task_Implement", "Task_ReviewExtension");
		assertAgree(flow, ItemState.IN_PROGRESS);

		// 落实整改 itself: the warnings run beside it in the 整改期, a return would cancel
		// them
		String implement = task(flow, "Task_Implement");
		CurrentUser villageUser = new CurrentUser("village-user", Set.of(village.getGroupId()));
		assertThatThrownBy(() -> this.actions.returnToPrevious(implement, "请重新制定整改措施", villageUser))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("退回");
		assertStillOpen(flow, "Task_Implement");
		assertAgree(flow, ItemState.IN_PROGRESS);
	}

	private void refused(String taskId, String user) throws Exception {
		MockHttpServletResponse answer = this.mvc
			.perform(post("/api/tasks/" + taskId + "/return").with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"请重新核实整改情况\"}"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse();
		assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("没有可退回的上一步");
	}

	private String task(ItemFlows.Flow flow, String key) {
		return this.tasks.createTaskQuery()
			.processInstanceId(flow.processInstanceId())
			.taskDefinitionKey(key)
			.singleResult()
			.getId();
	}

	private void assertStillOpen(ItemFlows.Flow flow, String... keys) {
		for (String key : keys) {
			assertThat(this.flows.openTasks(flow, key)).as(key).isOne();
		}
		List<HistoricActivityInstance> cancelled = this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(flow.processInstanceId())
			.canceled()
			.list();
		assertThat(cancelled).as("cancelled steps").isEmpty();
	}

	/** The ledger's state is the one the process's active steps mean. */
	private void assertAgree(ItemFlows.Flow flow, ItemState expected) {
		List<String> active = this.runtime.getActiveActivityIds(flow.processInstanceId());
		ItemState state = this.ledger.get(flow.itemId(), OFFICE).getState();
		assertThat(state).isEqualTo(expected);
		switch (state) {
			case TO_PLAN -> assertThat(active).contains("Task_PlanMeasures");
			case IN_PROGRESS, RETURNED ->
				assertThat(active).contains("Task_Implement").doesNotContain("Task_PlanMeasures");
			case UNDER_REVIEW -> assertThat(active).anyMatch((id) -> id.startsWith("Task_Review"));
			default -> assertThat(active).isEmpty();
		}
	}

}

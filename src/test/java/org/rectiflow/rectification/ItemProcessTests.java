package org.rectiflow.rectification;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.support.EngineSteps;
import org.rectiflow.identity.CurrentUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The item and its {@code rectification-item} process move together: the model of
 * processes/ as it is (the ledger's task listeners are attached by the listeners the
 * models name), deployed as a temporary newer version with fixed dates in place of the
 * {@code deadlines} bean of the workflow module (the green warning fires at once). A step
 * that fails leaves both the item and the process as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemProcessTests {

	static final String KEY = "rectification-item";

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	@Autowired
	private IdentityService identity;

	@Autowired
	private HistoryService history;

	@Autowired
	private RectificationLedger ledger;

	@Autowired
	private LedgerFixtures fixtures;

	@Autowired
	private ItemTimeline timeline;

	@Autowired
	private ReviewVoteRepository votes;

	@Autowired
	private DeadlineExtensionRepository extensions;

	@Autowired
	private TestRestTemplate rest;

	private String deployment;

	@BeforeAll
	void deployTheModelWithTheLedgerListeners() throws Exception {
		BpmnModelInstance model;
		try (InputStream in = new ClassPathResource("processes/rectification-item.bpmn").getInputStream()) {
			model = Bpmn.readModelFromStream(in);
		}
		model.<UserTask>getModelElementById("Task_Implement").setCamundaDueDate("2999-01-01T23:59:59");
		timeDate(model, "TimerEventDefinition_GreenWarning", "2000-01-01T09:00:00");
		timeDate(model, "TimerEventDefinition_YellowWarning", "2999-01-01T09:00:00");
		timeDate(model, "TimerEventDefinition_RedWarning", "2999-01-01T09:00:00");
		timeDate(model, "TimerEventDefinition_AdmonishWarning", "2999-01-01T09:00:00");
		model.<TimerEventDefinition>getModelElementById("TimerEventDefinition_ProgressDue")
			.getTimeCycle()
			.setTextContent("R/P100Y");
		DeploymentBuilder builder = this.repository.createDeployment().name("ledger-test");
		// its tasks bind their forms in the same deployment (the deployment gate checks
		// it)
		for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath:forms/*.form")) {
			builder.addInputStream(form.getFilename(), form.getInputStream());
		}
		this.deployment = builder.addModelInstance("rectification-item.bpmn", model)
			.addModelInstance("ledger-consistency-probe.bpmn",
					Bpmn.createExecutableProcess("ledger-consistency-probe")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.serviceTask("open")
						.camundaDelegateExpression("${rectificationItemOpener}")
						.serviceTask("fail")
						.camundaExpression("${missing}")
						.endEvent()
						.done())
			.deploy()
			.getId();
	}

	@AfterAll
	void undeploy() {
		this.repository.deleteDeployment(this.deployment, true);
	}

	@Test
	void theItemFollowsItsProcessThroughPlanWarningReturnAndSignOffAndTheTimelineTellsIt() {
		Flow flow = start("T01V05", "dept-agriculture");
		RectificationItem opened = this.ledger.item(flow.itemId());
		assertThat(opened.getState()).isEqualTo(ItemState.TO_PLAN);
		assertThat(opened.getProcessInstanceId()).isEqualTo(flow.processInstanceId());
		assertThat(opened.getCategoryName()).isEqualTo("集体“三资”管理");
		assertThat(opened.getFeedbackDate()).isEqualTo(LedgerFixtures.today().minusDays(3));
		assertThat(this.runtime.getVariable(flow.processInstanceId(), "findingCategory"))
			.isEqualTo("COLLECTIVE_ASSETS");
		assertThat(this.runtime.getVariable(flow.processInstanceId(), "warningColour")).isEqualTo("NONE");

		complete(flow, "village-t01v05", "Task_PlanMeasures", ItemVariables.plan());
		assertThat(this.ledger.item(flow.itemId()).getState()).isEqualTo(ItemState.IN_PROGRESS);
		EngineSteps.runJobs(this.management, flow.processInstanceId());
		RectificationItem green = this.ledger.item(flow.itemId());
		assertThat(green.getColour()).as("the green timer fired").isEqualTo(WarningColour.GREEN);
		assertThat(this.runtime.getVariable(flow.processInstanceId(), "warningColour")).isEqualTo("GREEN");

		comment(flow, "village-t01v05", "Task_Implement", "已召开村民代表会议，正在清理合同");
		this.fixtures.attachPng(green);
		complete(flow, "village-t01v05", "Task_Implement", ItemVariables.implemented());
		assertThat(this.ledger.item(flow.itemId()).getState()).isEqualTo(ItemState.UNDER_REVIEW);
		review(flow, "RETURN");
		EngineSteps.runJobs(this.management, flow.processInstanceId());
		RectificationItem returned = this.ledger.item(flow.itemId());
		assertThat(returned.getState()).isEqualTo(ItemState.RETURNED);
		assertThat(returned.getReturnCount()).isEqualTo(1);
		assertThat(this.runtime.getVariable(flow.processInstanceId(), "returnCount")).isEqualTo(1);
		assertThat(this.runtime.getVariable(flow.processInstanceId(), "lastReturnReason")).isEqualTo("组织部：缺少村民代表会议记录");
		assertThat(this.votes.findByItemIdAndReviewRound(flow.itemId(), 1)).hasSize(4)
			.anySatisfy((vote) -> assertThat(vote.getVoter()).isEqualTo("organization-dept"));

		complete(flow, "village-t01v05", "Task_Implement", ItemVariables.implemented());
		review(flow, "APPROVE");
		EngineSteps.runJobs(this.management, flow.processInstanceId());
		RectificationItem signedOff = this.ledger.item(flow.itemId());
		assertThat(signedOff.getState()).isEqualTo(ItemState.SIGNED_OFF);
		assertThat(signedOff.getSignedOffOn()).isEqualTo(LedgerFixtures.today());
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(flow.processInstanceId()).count())
			.isZero();

		List<TimelineEntry> lines = this.timeline.of(flow.itemId(), LedgerFixtures.user("inspection-office"));
		assertThat(lines).extracting(TimelineEntry::at).isSorted();
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.what()).isEqualTo("建立整改台账");
			assertThat(line.whoName()).isEqualTo("系统");
		});
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.what()).isEqualTo("办理「认领并制定整改措施」");
			assertThat(line.who()).isEqualTo("village-t01v05");
			assertThat(line.whoName()).contains("大坪村");
			assertThat(line.why()).contains("整改措施：重新公开发包鱼塘");
		});
		assertThat(lines).anySatisfy((line) -> assertThat(line.what()).isEqualTo("到达时点：绿色预警时点"));
		assertThat(lines).anySatisfy((line) -> assertThat(line.what()).isEqualTo("发提示函(绿)"));
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.what()).isEqualTo("填写意见");
			assertThat(line.who()).isEqualTo("village-t01v05");
			assertThat(line.why()).isEqualTo("已召开村民代表会议，正在清理合同");
		});
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.what()).isEqualTo("组织部会审意见（第 1 轮）：退回整改");
			assertThat(line.who()).isEqualTo("organization-dept");
			assertThat(line.why()).isEqualTo("缺少村民代表会议记录");
		});
		assertThat(lines).anySatisfy((line) -> assertThat(line.what()).startsWith("上传佐证材料"));
		assertThat(lines).anySatisfy((line) -> assertThat(line.what()).isEqualTo("记录退回次数和理由"));
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.what()).isEqualTo("办理「巡察办审核」");
			assertThat(line.who()).isEqualTo("inspection-office");
		});
		assertThat(lines.get(lines.size() - 1).what()).isEqualTo("整改事项销号");
		Instant returnedAt = lines.stream()
			.filter((line) -> line.what().equals("记录退回次数和理由"))
			.findFirst()
			.orElseThrow()
			.at();
		Instant firstVote = lines.stream()
			.filter((line) -> line.what().contains("会审意见（第 1 轮）"))
			.findFirst()
			.orElseThrow()
			.at();
		assertThat(firstVote).isBeforeOrEqualTo(returnedAt);
	}

	@Test
	void aRoundTwoApprovalCarriesOnlyItsOwnReasonsInTheVotesAndTheTimeline() {
		Flow flow = start("T01V04", "dept-agriculture");
		complete(flow, "village-t01v04", "Task_PlanMeasures", ItemVariables.plan());
		EngineSteps.runJobs(this.management, flow.processInstanceId());
		this.fixtures.attachPng(this.ledger.item(flow.itemId()));
		complete(flow, "village-t01v04", "Task_Implement", ItemVariables.implemented());
		review(flow, "RETURN");
		EngineSteps.runJobs(this.management, flow.processInstanceId());
		assertThat(this.ledger.item(flow.itemId()).getState()).isEqualTo(ItemState.RETURNED);

		complete(flow, "village-t01v04", "Task_Implement", ItemVariables.implemented());
		// the form sends only what it shows: an approval hides (and does not send) the
		// reason
		for (String[] party : new String[][] { { "inspection-office", "Task_ReviewOffice", "office" },
				{ "discipline-commission", "Task_ReviewDiscipline", "discipline" },
				{ "organization-dept", "Task_ReviewOrganization", "organization" },
				{ "dept-agriculture", "Task_ReviewDepartment", "department" } }) {
			assertThat(this.runtime.getVariable(flow.processInstanceId(), party[2] + "ReturnReason"))
				.as("round 2 opens without round 1's reason")
				.isNull();
			complete(flow, party[0], party[1], Map.of(party[2] + "ReviewDecision", "APPROVE"));
		}
		EngineSteps.runJobs(this.management, flow.processInstanceId());
		assertThat(this.ledger.item(flow.itemId()).getState()).isEqualTo(ItemState.SIGNED_OFF);
		assertThat(this.votes.findByItemIdAndReviewRound(flow.itemId(), 2)).hasSize(4)
			.allSatisfy((vote) -> assertThat(vote.getReason()).isNull());
		assertThat(this.votes.findByItemIdAndReviewRound(flow.itemId(), 1))
			.filteredOn((vote) -> "organization".equals(vote.getParty()))
			.singleElement()
			.satisfies((vote) -> assertThat(vote.getReason()).isEqualTo("缺少村民代表会议记录"));
		List<TimelineEntry> lines = this.timeline.of(flow.itemId(), office());
		assertThat(lines).filteredOn((line) -> line.what().contains("第 2 轮"))
			.hasSize(4)
			.allSatisfy((line) -> assertThat(line.why()).isNull());
		assertThat(lines).filteredOn((line) -> line.what().contains("第 1 轮"))
			.filteredOn((line) -> line.why() != null)
			.singleElement()
			.satisfies((line) -> assertThat(line.why()).isEqualTo("缺少村民代表会议记录"));
	}

	@Test
	void anExtensionRequestedThroughTheApiMovesTheDeadlineOnceTheOfficeApproves() {
		Flow flow = start("T01V06", "dept-water");
		String path = "/api/ledger/" + flow.itemId() + "/extension-requests";
		String later = LedgerFixtures.today().plusDays(90).toString();
		String body = "{\"requestedDeadline\":\"" + later + "\",\"reason\":\"汛期无法施工，需延期\"}";
		ResponseEntity<String> tooEarly = post("village-t01v06", path, body);
		assertThat(tooEarly.getStatusCode()).as("no deadline yet").isEqualTo(HttpStatus.CONFLICT);

		complete(flow, "village-t01v06", "Task_PlanMeasures", ItemVariables.plan());
		EngineSteps.runJobs(this.management, flow.processInstanceId());
		assertThat(post("village-t01v06", path, body).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		ResponseEntity<String> twice = post("village-t01v06", path, body);
		assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(twice.getBody()).contains("等待巡察办审批");

		Map<String, Object> decision = new HashMap<>();
		decision.put("extensionDecision", "APPROVE");
		complete(flow, "inspection-office", "Task_ReviewExtension", decision);
		EngineSteps.runJobs(this.management, flow.processInstanceId());
		RectificationItem extended = this.ledger.item(flow.itemId());
		assertThat(extended.getDeadline()).hasToString(later);
		assertThat(extended.getOriginalDeadline()).isEqualTo(LedgerFixtures.today().plusDays(30));
		assertThat(this.runtime.getVariable(flow.processInstanceId(), "deadline")).isEqualTo(later);
		assertThat(this.runtime.getVariable(flow.processInstanceId(), "extensionCount")).isEqualTo(1);
		assertThat(this.extensions.findByItemIdOrderByDecidedAtAscIdAsc(flow.itemId())).singleElement()
			.satisfies((extension) -> {
				assertThat(extension.getRequestedBy()).isEqualTo("village-t01v06");
				assertThat(extension.getDecidedBy()).isEqualTo("inspection-office");
				assertThat(extension.getReason()).isEqualTo("汛期无法施工，需延期");
			});
		assertThat(this.tasks.createTaskQuery()
			.processInstanceId(flow.processInstanceId())
			.taskDefinitionKey("Task_Implement")
			.count()).as("back in 整改期").isOne();
		assertThat(this.timeline.of(flow.itemId(), LedgerFixtures.user("village-t01v06"))).anySatisfy((line) -> {
			assertThat(line.what()).startsWith("整改期限由 ").endsWith(later);
			assertThat(line.why()).contains("汛期无法施工");
		});
	}

	@Test
	void aClaimInTheTimelineNamesWhatChangedAndWhoTookItNotTheEnginesCodes() {
		Flow flow = start("T01V04", "dept-agriculture");
		Task plan = EngineSteps.task(this.tasks, flow.processInstanceId(), "Task_PlanMeasures");
		this.identity.setAuthentication("village-t01v04", List.of("village-t01v04"));
		try {
			this.tasks.claim(plan.getId(), "village-t01v04");
		}
		finally {
			this.identity.clearAuthentication();
		}
		assertThat(this.timeline.of(flow.itemId(), office())).anySatisfy((line) -> {
			assertThat(line.what()).isEqualTo("认领任务");
			assertThat(line.why()).startsWith("办理人：— → ").doesNotContain("assignee", "village-t01v04");
		});
	}

	@Test
	void aFailingStepAfterTheItemWasOpenedLeavesNeitherItemNorProcess() {
		long findingId = LedgerFixtures.nextId();
		Map<String, Object> variables = ItemVariables.start(findingId, "T02V01", "dept-finance");
		assertThatThrownBy(() -> this.runtime.startProcessInstanceByKey("ledger-consistency-probe",
				String.valueOf(findingId), variables))
			.isNotNull();
		assertThatThrownBy(() -> this.ledger.item(findingId)).hasMessageContaining("未找到");
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(findingId))
			.count()).isZero();
	}

	@Test
	void aRefusedTaskCompletionLeavesTheTaskTheVariablesAndTheItemUnchanged() {
		Flow flow = start("T02V02", "dept-agriculture");
		complete(flow, "village-t02v02", "Task_PlanMeasures", ItemVariables.plan());
		EngineSteps.runJobs(this.management, flow.processInstanceId());
		Task implement = EngineSteps.task(this.tasks, flow.processInstanceId(), "Task_Implement");
		assertThatThrownBy(() -> complete(flow, "village-t02v02", "Task_Implement", ItemVariables.implemented()))
			.hasMessageContaining("请先在整改台账中上传佐证材料")
			.hasRootCauseInstanceOf(RuleViolationException.class);
		assertThat(EngineSteps.task(this.tasks, flow.processInstanceId(), "Task_Implement").getId())
			.isEqualTo(implement.getId());
		assertThat(this.runtime.getVariable(flow.processInstanceId(), "implementationSummary")).isNull();
		RectificationItem item = this.ledger.item(flow.itemId());
		assertThat(item.getState()).isEqualTo(ItemState.IN_PROGRESS);
		assertThat(item.getImplementationSummary()).isNull();
	}

	@Test
	void aFailingJobRollsBackTheLedgerAndARetrySucceedsOnceTheInputIsRight() {
		Flow flow = start("T02V03", "dept-agriculture");
		complete(flow, "village-t02v03", "Task_PlanMeasures", ItemVariables.plan());
		EngineSteps.runJobs(this.management, flow.processInstanceId());
		this.fixtures.attachPng(this.ledger.item(flow.itemId()));
		complete(flow, "village-t02v03", "Task_Implement", ItemVariables.implemented());
		review(flow, "RETURN");
		// Someone changes a recorded vote behind the ledger's back: the step must refuse.
		this.runtime.setVariable(flow.processInstanceId(), "officeReviewDecision", "RETURN");
		this.runtime.setVariable(flow.processInstanceId(), "officeReturnReason", "改主意了");
		// the four votes meet at the asynchronous join (四方意见汇总) first
		this.management.createJobQuery()
			.processInstanceId(flow.processInstanceId())
			.activityId("Gateway_ReviewJoin")
			.list()
			.forEach((join) -> this.management.executeJob(join.getId()));
		Job countReturn = this.management.createJobQuery()
			.processInstanceId(flow.processInstanceId())
			.activityId("ServiceTask_CountReturn")
			.singleResult();
		assertThatThrownBy(() -> this.management.executeJob(countReturn.getId())).hasMessageContaining("不能更改");
		RectificationItem unchanged = this.ledger.item(flow.itemId());
		assertThat(unchanged.getState()).isEqualTo(ItemState.UNDER_REVIEW);
		assertThat(unchanged.getReturnCount()).isZero();
		assertThat(this.runtime.getVariable(flow.processInstanceId(), "returnCount")).isEqualTo(0);
		assertThat(this.runtime.getVariable(flow.processInstanceId(), "lastReturnReason")).isNull();
		assertThat(this.management.createJobQuery().jobId(countReturn.getId()).singleResult().getRetries())
			.isEqualTo(countReturn.getRetries() - 1);

		this.runtime.setVariable(flow.processInstanceId(), "officeReviewDecision", "APPROVE");
		this.management.executeJob(countReturn.getId());
		assertThat(this.ledger.item(flow.itemId()).getState()).isEqualTo(ItemState.RETURNED);
		assertThat(this.runtime.getVariable(flow.processInstanceId(), "returnCount")).isEqualTo(1);
	}

	private Flow start(String unitCode, String department) {
		long findingId = LedgerFixtures.nextId();
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(KEY, String.valueOf(findingId),
				ItemVariables.start(findingId, unitCode, department));
		Flow flow = new Flow(findingId, instance.getId());
		EngineSteps.runJobs(this.management, flow.processInstanceId());
		return flow;
	}

	private void review(Flow flow, String organizationDecision) {
		complete(flow, "inspection-office", "Task_ReviewOffice", decision("office", "APPROVE", null));
		complete(flow, "discipline-commission", "Task_ReviewDiscipline", decision("discipline", "APPROVE", null));
		complete(flow, "organization-dept", "Task_ReviewOrganization",
				decision("organization", organizationDecision, "缺少村民代表会议记录"));
		String department = this.ledger.item(flow.itemId()).getSupervisingDeptGroup();
		complete(flow, department, "Task_ReviewDepartment", decision("department", "APPROVE", null));
	}

	private static Map<String, Object> decision(String party, String decision, String reason) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(party + "ReviewDecision", decision);
		variables.put(party + "ReturnReason", "RETURN".equals(decision) ? reason : null);
		return variables;
	}

	private void complete(Flow flow, String user, String taskKey, Map<String, Object> variables) {
		Task task = EngineSteps.task(this.tasks, flow.processInstanceId(), taskKey);
		this.identity.setAuthentication(user, List.of(user));
		try {
			this.tasks.complete(task.getId(), variables);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private void comment(Flow flow, String user, String taskKey, String message) {
		this.identity.setAuthentication(user, List.of(user));
		try {
			this.tasks.createComment(EngineSteps.task(this.tasks, flow.processInstanceId(), taskKey).getId(),
					flow.processInstanceId(), message);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private ResponseEntity<String> post(String user, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
	}

	private static void timeDate(BpmnModelInstance model, String timerId, String date) {
		model.<TimerEventDefinition>getModelElementById(timerId).getTimeDate().setTextContent(date);
	}

	private record Flow(long itemId, String processInstanceId) {

	}

	static CurrentUser office() {
		return LedgerFixtures.user("inspection-office");
	}

}

package org.rectiflow.rectification;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rectiflow.console.DemoScenario;
import org.rectiflow.round.Rounds;
import org.rectiflow.support.EngineSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fifth reviewer is a settings and a model change (docs/decisions/0031): with 领导小组
 * added to {@code rectiflow.review.parties} and a test model whose review has a fifth
 * task, the deployment gate accepts the model, the round waits for the fifth vote, the
 * vote is recorded with its name and the item page and the timeline show it.
 */
@SpringBootTest(properties = { "rectiflow.review.parties[0].id=office", "rectiflow.review.parties[0].name=巡察办",
		"rectiflow.review.parties[0].group=inspection-office", "rectiflow.review.parties[0].order=1",
		"rectiflow.review.parties[1].id=discipline", "rectiflow.review.parties[1].name=纪委监委",
		"rectiflow.review.parties[1].group=discipline-commission", "rectiflow.review.parties[1].order=2",
		"rectiflow.review.parties[2].id=organization", "rectiflow.review.parties[2].name=组织部",
		"rectiflow.review.parties[2].group=organization-dept", "rectiflow.review.parties[2].order=3",
		"rectiflow.review.parties[3].id=department", "rectiflow.review.parties[3].name=业务主管部门",
		"rectiflow.review.parties[3].group=${supervisingDeptGroup}", "rectiflow.review.parties[3].order=4",
		"rectiflow.review.parties[4].id=leader", "rectiflow.review.parties[4].name=领导小组",
		"rectiflow.review.parties[4].group=leading-group", "rectiflow.review.parties[4].order=5" })
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FifthReviewPartyTests {

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
	private RectificationLedger ledger;

	@Autowired
	private LedgerFixtures fixtures;

	@Autowired
	private ReviewVoteRepository votes;

	@Autowired
	private ItemTimeline timeline;

	@Autowired
	private ReviewParties parties;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DemoScenario scenario;

	@Autowired
	private Rounds rounds;

	private String deployment;

	@BeforeAll
	void deployAModelWithAFifthReviewTask() throws Exception {
		this.deployment = deployment(model("Task_ReviewLeader", "leading-group"), "ledger-fifth-party").deploy()
			.getId();
	}

	@AfterAll
	void undeploy() {
		if (this.deployment != null) {
			this.repository.deleteDeployment(this.deployment, true);
		}
	}

	@Test
	void theSettingsNameTheFifthPartyAndTheGateRefusesAReviewTaskOfNoParty() throws Exception {
		assertThat(this.parties.all()).extracting(ReviewParty::name)
			.containsExactly("巡察办", "纪委监委", "组织部", "业务主管部门", "领导小组");
		assertThat(this.parties.byId("department").orElseThrow().group()).isEqualTo("${supervisingDeptGroup}");
		assertThatThrownBy(() -> deployment(model("Task_ReviewAudit", "leading-group"), "unknown-party").deploy())
			.hasMessageContaining("rectiflow.review.parties");
		assertThatThrownBy(() -> deployment(model("Task_ReviewLeader", "inspection-office"), "wrong-group").deploy())
			.hasMessageContaining("候选组应为 leading-group");
	}

	@Test
	void theRoundWaitsForTheFifthVoteWhichIsRecordedAndShown() throws Exception {
		long itemId = LedgerFixtures.nextId();
		ProcessInstance instance = this.runtime.startProcessInstanceByKey("rectification-item", String.valueOf(itemId),
				ItemVariables.start(itemId, "T02V05", "dept-agriculture"));
		String process = instance.getId();
		EngineSteps.runJobs(this.management, process);
		complete(process, "village-t02v05", "Task_PlanMeasures", ItemVariables.plan());
		EngineSteps.runJobs(this.management, process);
		this.fixtures.attachPng(this.ledger.item(itemId));
		complete(process, "village-t02v05", "Task_Implement", ItemVariables.implemented());
		complete(process, "inspection-office", "Task_ReviewOffice", approve("office"));
		complete(process, "discipline-commission", "Task_ReviewDiscipline", approve("discipline"));
		complete(process, "organization-dept", "Task_ReviewOrganization", approve("organization"));
		complete(process, "dept-agriculture", "Task_ReviewDepartment", approve("department"));
		EngineSteps.runJobs(this.management, process);
		assertThat(this.ledger.item(itemId).getState()).as("four of five approved").isEqualTo(ItemState.UNDER_REVIEW);

		complete(process, "leading-group", "Task_ReviewLeader", approve("leader"));
		EngineSteps.runJobs(this.management, process);
		assertThat(this.ledger.item(itemId).getState()).isEqualTo(ItemState.SIGNED_OFF);
		assertThat(this.votes.findByItemIdAndReviewRound(itemId, 1)).hasSize(5).anySatisfy((vote) -> {
			assertThat(vote.getParty()).isEqualTo("leader");
			assertThat(vote.getVoter()).isEqualTo("leading-group");
		});
		assertThat(this.timeline.of(itemId, LedgerFixtures.user("inspection-office")))
			.anySatisfy((line) -> assertThat(line.what()).isEqualTo("领导小组会审意见（第 1 轮）：同意销号"));

		String page = this.mvc
			.perform(get("/console/items/" + itemId)
				.with(user("inspection-office").authorities(new SimpleGrantedAuthority("inspection-office"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<td>领导小组</td>");
	}

	@Test
	void theDemoScenarioSignsItsItemsOffWithTheFifthPartyToo() {
		// the scenario seeds only where its round does not exist yet: in the whole suite
		// an earlier class has seeded it (a database of this class's own would give
		// /engine-rest, which takes the JVM's first engine, a different one)
		assumeTrue(this.rounds.named(DemoScenario.ROUND_NAME).isEmpty(),
				"the demo scenario was seeded by an earlier class; run this class alone");
		long before = leaderVotes();
		this.scenario.seed();
		assertThat(leaderVotes()).as("the scenario's signed-off items have the fifth vote").isGreaterThan(before);
	}

	private long leaderVotes() {
		return this.votes.findAll()
			.stream()
			.filter((vote) -> "leader".equals(vote.getParty()) && "leading-group".equals(vote.getVoter()))
			.count();
	}

	private BpmnModelInstance model(String fifthTask, String group) throws Exception {
		BpmnModelInstance model;
		try (InputStream in = new ClassPathResource("processes/rectification-item.bpmn").getInputStream()) {
			model = Bpmn.readModelFromStream(in);
		}
		model.<UserTask>getModelElementById("Task_Implement").setCamundaDueDate("2999-01-01T23:59:59");
		for (String timer : List.of("TimerEventDefinition_GreenWarning", "TimerEventDefinition_YellowWarning",
				"TimerEventDefinition_RedWarning", "TimerEventDefinition_AdmonishWarning")) {
			model.<TimerEventDefinition>getModelElementById(timer).getTimeDate().setTextContent("2999-01-01T09:00:00");
		}
		model.<TimerEventDefinition>getModelElementById("TimerEventDefinition_ProgressDue")
			.getTimeCycle()
			.setTextContent("R/P100Y");
		model.<ParallelGateway>getModelElementById("Gateway_ReviewSplit")
			.builder()
			.userTask(fifthTask)
			.name("领导小组审核")
			.camundaCandidateGroups(group)
			.camundaFormRef("form-review-leader")
			.camundaFormRefBinding("deployment")
			.camundaTaskListenerDelegateExpression("complete", "${reviewVoteRecorder}")
			.connectTo("Gateway_ReviewJoin");
		return model;
	}

	private DeploymentBuilder deployment(BpmnModelInstance model, String name) throws Exception {
		DeploymentBuilder builder = this.repository.createDeployment().name(name);
		for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath:forms/*.form")) {
			builder.addInputStream(form.getFilename(), form.getInputStream());
		}
		String office = new String(new ClassPathResource("forms/review-office.form").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		builder.addString("review-leader.form", office.replace("office", "leader").replace("巡察办会审意见", "领导小组会审意见"));
		return builder.addModelInstance("rectification-item.bpmn", model);
	}

	private void complete(String process, String user, String taskKey, Map<String, Object> variables) {
		Task task = EngineSteps.task(this.tasks, process, taskKey);
		this.identity.setAuthentication(user, List.of(user));
		try {
			this.tasks.complete(task.getId(), variables);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private static Map<String, Object> approve(String party) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(party + "ReviewDecision", "APPROVE");
		variables.put(party + "ReturnReason", null);
		return variables;
	}

}

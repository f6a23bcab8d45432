package org.rectiflow.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.EngineSteps;
import org.rectiflow.support.TestClock;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitPriority;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's REST API ({@code /engine-rest}, the door of Tasklist, Camunda Modeler and
 * other systems) with input the application's task listeners and delegates refuse: a 400
 * (a broken domain rule: 409) in Camunda's error shape with the clear message, the task
 * still open and nothing changed; a genuine engine error keeps Camunda's own status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestBadInputTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 100 + 70);

	private static final String PROBE = "bad-input-start-probe";

	private final ObjectMapper json = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	RoundFixtures rounds;

	private String probeDeployment;

	/**
	 * A process that opens an item synchronously at its start, as a model without
	 * {@code asyncBefore} would, then fails on an expression (an error that is not the
	 * caller's).
	 */
	@BeforeAll
	void deployTheStartProbe() {
		this.probeDeployment = this.repository.createDeployment()
			.name(PROBE)
			.addModelInstance(PROBE + ".bpmn",
					Bpmn.createExecutableProcess(PROBE)
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
	void undeployTheStartProbe() {
		this.repository.deleteDeployment(this.probeDeployment, true);
	}

	@Test
	void measuresTooShortAreABadRequestAndTheTaskStaysOpen() throws Exception {
		Item item = openItem();
		Task plan = EngineSteps.task(this.tasks, item.processInstanceId(), "Task_PlanMeasures");
		Map<String, Object> before = row(item);

		for (String door : List.of("complete", "submit-form")) {
			ResponseEntity<String> answer = post(item.user(), "/engine-rest/task/" + plan.getId() + "/" + door,
					variables(plan("太短的措施")));
			JsonNode error = camundaError(answer, 400);
			assertThat(error.path("type").asText()).isEqualTo("InvalidRequestException");
			assertThat(error.path("code").isInt()).as("the engine's error code").isTrue();
			assertThat(error.path("message").asText()).as(door)
				.contains("measures")
				.contains("应为 10 到 4000 字 / 10 to 4000 characters");
		}

		assertThat(EngineSteps.task(this.tasks, item.processInstanceId(), "Task_PlanMeasures").getId())
			.as("the same task, still open")
			.isEqualTo(plan.getId());
		assertThat(this.runtime.getVariable(item.processInstanceId(), "measures")).isNull();
		assertThat(row(item)).as("the ledger's item").isEqualTo(before).containsEntry("state", "TO_PLAN");

		assertThat(post(item.user(), "/engine-rest/task/" + plan.getId() + "/complete",
				variables(plan("重新公开发包鱼塘，合同提交村民代表会议表决并公示")))
			.getStatusCode()
			.value()).as("the same task with right values").isEqualTo(204);
		assertThat(row(item)).containsEntry("state", "IN_PROGRESS");
	}

	@Test
	void aDeadlineInThePastIsABadRequest() throws Exception {
		Item item = openItem();
		Task plan = EngineSteps.task(this.tasks, item.processInstanceId(), "Task_PlanMeasures");
		Map<String, Object> values = plan("重新公开发包鱼塘，合同提交村民代表会议表决并公示");
		values.put("deadline", today().minusDays(1).toString());

		JsonNode error = camundaError(
				post(item.user(), "/engine-rest/task/" + plan.getId() + "/complete", variables(values)), 400);

		assertThat(error.path("message").asText()).contains("早于今天 / The deadline");
		assertThat(EngineSteps.task(this.tasks, item.processInstanceId(), "Task_PlanMeasures").getId())
			.isEqualTo(plan.getId());
		assertThat(row(item)).containsEntry("state", "TO_PLAN");
	}

	@Test
	void aBrokenRuleIsAConflict() throws Exception {
		Item item = openItem();
		String plan = EngineSteps.task(this.tasks, item.processInstanceId(), "Task_PlanMeasures").getId();
		assertThat(post(item.user(), "/engine-rest/task/" + plan + "/complete",
				variables(plan("重新公开发包鱼塘，合同提交村民代表会议表决并公示")))
			.getStatusCode()
			.value()).isEqualTo(204);
		EngineSteps.runJobs(this.management, item.processInstanceId());
		Task implement = EngineSteps.task(this.tasks, item.processInstanceId(), "Task_Implement");
		Map<String, Object> before = row(item);
		Map<String, Object> report = new HashMap<>();
		report.put("implementationSummary", "合同已重新表决并公示7天");
		report.put("mattersSolved", 1);

		JsonNode error = camundaError(
				post(item.user(), "/engine-rest/task/" + implement.getId() + "/complete", variables(report)), 409);

		assertThat(error.path("message").asText()).contains("请先在整改台账中上传佐证材料");
		assertThat(EngineSteps.task(this.tasks, item.processInstanceId(), "Task_Implement").getId())
			.isEqualTo(implement.getId());
		assertThat(row(item)).isEqualTo(before);
	}

	@Test
	void aStartTheApplicationRefusesIsABadRequestAndStartsNothing() throws Exception {
		InspectedUnit village = this.rounds.village("测试村", UnitPriority.ORDINARY);
		int processes = count("select count(*) from act_hi_procinst");
		int items = count("select count(*) from rectification_item");

		for (String door : List.of("start", "submit-form")) {
			long findingId = IDS.incrementAndGet();
			Map<String, Object> values = new HashMap<>();
			values.put("findingId", String.valueOf(findingId));
			values.put("inspectionRecordId", String.valueOf(findingId / 7));
			values.put("unitCode", village.getCode());
			values.put("findingText", " ");
			values.put("findingCategory", "COLLECTIVE_ASSETS");
			values.put("supervisingDeptGroup", "dept-agriculture");
			Map<String, Object> body = variables(values);
			body.put("businessKey", String.valueOf(findingId));

			JsonNode error = camundaError(
					post("admin", "/engine-rest/process-definition/key/" + PROBE + "/" + door, body), 400);

			assertThat(error.path("message").asText()).as(door).contains("findingText");
		}
		assertThat(count("select count(*) from act_hi_procinst")).isEqualTo(processes);
		assertThat(count("select count(*) from rectification_item")).isEqualTo(items);
	}

	@Test
	void anUnknownTaskIdIsNotFound() throws Exception {
		for (String action : new String[] { "complete", "submit-form", "claim", "resolve" }) {
			Map<String, Object> body = action.equals("claim") ? Map.of("userId", "admin") : variables(Map.of());
			JsonNode unknownTask = camundaError(post("admin", "/engine-rest/task/no-such-task/" + action, body), 404);
			assertThat(unknownTask.path("message").asText()).as(action).contains("no-such-task");
		}
	}

	@Test
	void aGenuineEngineErrorKeepsCamundasStatus() throws Exception {

		InspectedUnit village = this.rounds.village("测试村", UnitPriority.ORDINARY);
		long findingId = IDS.incrementAndGet();
		int items = count("select count(*) from rectification_item");
		Map<String, Object> values = new HashMap<>();
		values.put("findingId", String.valueOf(findingId));
		values.put("inspectionRecordId", String.valueOf(findingId / 7));
		values.put("unitCode", village.getCode());
		values.put("findingText", "村集体鱼塘承包合同未经村民代表会议表决");
		values.put("findingCategory", "COLLECTIVE_ASSETS");
		values.put("supervisingDeptGroup", "dept-agriculture");
		Map<String, Object> body = variables(values);
		body.put("businessKey", String.valueOf(findingId));

		JsonNode failedExpression = camundaError(
				post("admin", "/engine-rest/process-definition/key/" + PROBE + "/start", body), 500);

		assertThat(failedExpression.path("message").asText()).contains("Cannot instantiate process definition");
		assertThat(count("select count(*) from rectification_item")).as("the opened item rolled back").isEqualTo(items);
	}

	private Item openItem() {
		InspectedUnit village = this.rounds.village("测试村", UnitPriority.ORDINARY);
		long findingId = IDS.incrementAndGet();
		Map<String, Object> values = new HashMap<>();
		values.put("findingId", String.valueOf(findingId));
		values.put("inspectionRecordId", String.valueOf(findingId / 7));
		values.put("unitCode", village.getCode());
		values.put("villageGroup", village.getGroupId());
		values.put("townshipGroup", village.getTownshipGroupId());
		values.put("feedbackDate", today().minusDays(3).toString());
		values.put("findingText", "村集体鱼塘承包合同未经村民代表会议表决");
		values.put("findingCategory", "COLLECTIVE_ASSETS");
		values.put("supervisingDeptGroup", "dept-agriculture");
		String instance = this.runtime
			.startProcessInstanceByKey("rectification-item", String.valueOf(findingId), values)
			.getId();
		Item item = new Item(findingId, instance, village.getGroupId());
		EngineSteps.runJobs(this.management, item.processInstanceId());
		return item;
	}

	private static Map<String, Object> plan(String measures) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("measures", measures);
		plan.put("responsiblePerson", "李主任");
		plan.put("responsiblePhone", "13912345678");
		plan.put("deadline", today().plusDays(30).toString());
		plan.put("longTerm", false);
		return plan;
	}

	/** Camunda's REST form of variables: {"variables": {"name": {"value": ...}}}. */
	private static Map<String, Object> variables(Map<String, Object> values) {
		Map<String, Object> variables = new HashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		Map<String, Object> body = new HashMap<>();
		body.put("variables", variables);
		return body;
	}

	private ResponseEntity<String> post(String user, String path, Map<String, Object> body) throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo")
			.postForEntity(path, new HttpEntity<>(this.json.writeValueAsString(body), headers), String.class);
	}

	/** Camunda's error shape, which Tasklist and Camunda Modeler read. */
	private JsonNode camundaError(ResponseEntity<String> answer, int status) throws Exception {
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType()).isNotNull()
			.matches((type) -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
		JsonNode error = this.json.readTree(answer.getBody());
		assertThat(error.path("type").asText()).isNotBlank();
		assertThat(error.path("message").asText()).isNotBlank();
		assertThat(error.has("code")).as("code").isTrue();
		return error;
	}

	private Map<String, Object> row(Item item) {
		Map<String, Object> row = new HashMap<>();
		this.jdbc.queryForMap("select * from rectification_item where id = ?", item.id())
			.forEach((column, value) -> row.put(column.toLowerCase(java.util.Locale.ROOT), value));
		return row;
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private static LocalDate today() {
		return TestClock.today();
	}

	private record Item(long id, String processInstanceId, String user) {

	}

}

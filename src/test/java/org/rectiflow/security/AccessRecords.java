package org.rectiflow.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.evaluation.Evaluation;
import org.rectiflow.evaluation.EvaluationFixtures;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.EvidenceStore;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.InspectionRound;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.supervision.SupervisionActions;
import org.rectiflow.support.Unique;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.InspectedUnitRepository;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The records the access matrix asks about, all of the demo village 青山村 (T01V01, group
 * {@code village-t01v01}) of 青山镇 ({@code township-t01}): an inspection of it by
 * {@code inspection-team-1}, on site, in a round of its own; a finding reported by a
 * villager and supervised by {@code dept-agriculture}; a fix on the spot, a clue and a
 * recommendation letter to {@code dept-agriculture}; a ledger item with its real
 * {@code rectification-item} process in 整改中, with evidence, a reminder letter and the
 * notification it sent; evaluations; and a test-only process in two versions with a
 * running instance. Each is made as the office, the team or the village would make it,
 * through the modules' public services or their API.
 */
final class AccessRecords {

	static final String UNIT = VillageItems.UNIT;

	static final String VILLAGE = VillageItems.VILLAGE;

	static final String TOWNSHIP = VillageItems.TOWNSHIP;

	static final String TEAM = "inspection-team-1";

	static final String DEPARTMENT = VillageItems.DEPARTMENT;

	/** A colleague of the village, for 转办 (TaskActionsTests uses the same one). */
	static final String CLERK = "t01v01-clerk";

	private static final CurrentUser OFFICE = RoundFixtures.OFFICE;

	private final MockMvc mvc;

	private final RoundFixtures rounds;

	private final org.rectiflow.finding.FindingFixtures findingFixtures;

	private final InspectedUnitRepository units;

	private final TaskService tasks;

	private final VillageItems items;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final RepositoryService repository;

	private final IdentityService identity;

	private final EvidenceStore evidence;

	private final SupervisionActions supervision;

	private final EvaluationFixtures evaluations;

	private final JdbcTemplate jdbc;

	private final BusinessDate dates;

	private final ObjectMapper json = new ObjectMapper();

	private final List<String> batches = new ArrayList<>();

	final InspectionRound round;

	final Inspection inspection;

	final long finding;

	final long fix;

	final long clue;

	final long recommendation;

	final long cadre;

	final long item;

	final long attachment;

	final long letter;

	final long notification;

	final Evaluation evaluation;

	final String token;

	final String processKey;

	final String batch;

	AccessRecords(MockMvc mvc, ApplicationContext context) throws java.io.IOException {
		this.mvc = mvc;
		this.rounds = context.getBean(RoundFixtures.class);
		this.findingFixtures = context.getBean(org.rectiflow.finding.FindingFixtures.class);
		this.units = context.getBean(InspectedUnitRepository.class);
		this.tasks = context.getBean(TaskService.class);
		this.items = new VillageItems(context);
		this.runtime = context.getBean(RuntimeService.class);
		this.management = context.getBean(ManagementService.class);
		this.repository = context.getBean(RepositoryService.class);
		this.identity = context.getBean(IdentityService.class);
		this.evidence = context.getBean(EvidenceStore.class);
		this.supervision = context.getBean(SupervisionActions.class);
		this.evaluations = context.getBean(EvaluationFixtures.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.dates = context.getBean(BusinessDate.class);

		this.round = this.rounds.round();
		this.inspection = onSite(this.rounds.inspection(this.round, unit(), TEAM));
		this.finding = id(api(TEAM, post("/api/findings"), """
				{"inspectionId": %d, "text": "村集体鱼塘承包合同未经村民代表会议表决", "category": "COLLECTIVE_ASSETS",
				 "source": "VILLAGER_REPORT", "severity": "SERIOUS", "supervisingDeptGroupId": "%s",
				 "reporter": {"name": "张大爷", "contact": "13900000000"}}""".formatted(this.inspection.getId(),
				DEPARTMENT)));
		this.fix = id(api(TEAM, post("/api/immediate-fixes"),
				"{\"inspectionId\": %d, \"problem\": \"村务公开栏三个月未更新\"}".formatted(this.inspection.getId())));
		this.clue = id(
				api(TEAM, post("/api/clues"), "{\"inspectionId\": %d, \"summary\": \"村会计涉嫌虚报冒领补贴\", \"fast\": false}"
					.formatted(this.inspection.getId())));
		this.recommendation = id(api(TEAM, post("/api/recommendations"),
				"{\"inspectionId\": %d, \"departmentGroupId\": \"%s\", \"content\": \"建议规范村集体鱼塘发包程序\"}"
					.formatted(this.inspection.getId(), DEPARTMENT)));
		this.cadre = cadre();

		this.item = plannedItem();
		this.attachment = this.evidence
			.attach(this.item, new CurrentUser(VILLAGE, Set.of(VILLAGE)), "现场照片.png", "image/png", PNG.length,
					new ByteArrayResource(PNG))
			.getId();
		this.letter = this.supervision.take(this.item, "REMINDER", "请按期完成整改", OFFICE).getId();
		this.notification = this.jdbc.queryForObject("select id from notification where reference = ?", Long.class,
				"letter:" + this.letter);

		this.evaluation = this.evaluations.open(Unique.code("AM"), 1000);
		this.token = token();

		this.processKey = "am-" + UUID.randomUUID().toString().substring(0, 8);
		deploy(this.processKey, 1);
		this.runtime.startProcessInstanceByKey(this.processKey);
		deploy(this.processKey, 2);
		this.batch = migrationBatch(this.processKey);
		ensureClerk();
	}

	/**
	 * Removes what the job executor would otherwise leave waiting (tests run no
	 * executor).
	 */
	void cleanUp() {
		// a batch whose jobs ran meanwhile (another class ran the due jobs) is gone
		// already
		this.batches.stream()
			.filter((id) -> this.management.createBatchQuery().batchId(id).count() > 0)
			.forEach((id) -> this.management.deleteBatch(id, true));
		this.batches.clear();
	}

	void startedBatch(String id) {
		this.batches.add(id);
	}

	// --- records made again after each allowed change (see Fresh)

	/** A new finding of the inspection, for removing on its page 巡察记录. */
	long recordFinding() {
		return this.findingFixtures.finding(this.inspection, Unique.code("访问矩阵问题-"), DEPARTMENT).getId();
	}

	/** A new line of the inspection's on-site log, for removing. */
	long onsiteActivity() {
		return this.findingFixtures.onsiteActivity(this.inspection);
	}

	/** A new round, for closing. */
	long openRound() {
		return this.rounds.round().getId();
	}

	/** A new cadre of the pool, related to no unit. */
	long cadre() {
		return id(api("inspection-office", post("/api/cadres"),
				"{\"name\": \"%s\", \"departmentGroupId\": \"dept-finance\", \"position\": \"科员\"}"
					.formatted(Unique.code("干部"))));
	}

	/** A new cadre on the inspection's team. */
	long teamMember() {
		long id = cadre();
		api("inspection-office", post("/api/inspections/" + this.inspection.getId() + "/team"),
				"{\"cadreId\": %d, \"role\": \"MEMBER\"}".formatted(id));
		return id;
	}

	/** A new item of the inspection, with its process waiting at 落实整改. */
	long plannedItem() {
		return this.items.planned(this.round.getId(), this.inspection.getId());
	}

	/** The open 落实整改 task of a new item. */
	String implementTask() {
		return this.items.task(plannedItem(), "Task_Implement");
	}

	/** A new one-time QR token of the open evaluation. */
	String token() {
		return this.evaluations.tokens(this.evaluation, 1).get(0);
	}

	/** An evaluation the office closed already. */
	long closedEvaluation() {
		return this.evaluations.closed().getId();
	}

	/** A new test-only process in version 1 with a running instance, and version 2. */
	Migratable migratableProcess() {
		String key = "am-" + UUID.randomUUID().toString().substring(0, 8);
		deploy(key, 1);
		String instance = this.runtime.startProcessInstanceByKey(key).getId();
		deploy(key, 2);
		return new Migratable(key, instance);
	}

	/** A test-only model in a new key, as a process administrator uploads it. */
	static byte[] newModel() {
		return Bpmn.convertToString(model("am-" + UUID.randomUUID().toString().substring(0, 8), 1))
			.getBytes(StandardCharsets.UTF_8);
	}

	// --- mechanics

	private Inspection onSite(Inspection planned) {
		String process = planned.getProcessInstanceId();
		Map<String, Object> plan = Map.of("isKeyUnit", false, "unitCategory", "ORDINARY", "inspectionMode", "CROSS",
				"auditMode", "INSPECT_FIRST", "teamGroup", TEAM, "teamLeaderName", "刘组长", "teamLeaderPhone",
				"13800000000", "onsiteStartDate", today().plusDays(3).toString());
		this.tasks.complete(taskOf(process, "Task_PlanInspection"), plan);
		for (String briefing : List.of("Task_BriefingDiscipline", "Task_BriefingOrganization", "Task_BriefingPetition",
				"Task_BriefingAudit", "Task_BriefingTownship")) {
			this.tasks.complete(taskOf(process, briefing));
		}
		return planned;
	}

	private InspectedUnit unit() {
		return this.units.findByCode(UNIT).orElseThrow();
	}

	private String taskOf(String processInstanceId, String definitionKey) {
		var task = this.tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(definitionKey)
			.singleResult();
		assertThat(task).as(definitionKey).isNotNull();
		return task.getId();
	}

	private void deploy(String key, int version) {
		this.repository.createDeployment().name(key).addModelInstance(key + ".bpmn", model(key, version)).deploy();
	}

	/** Version 1: 起草 → 审核; version 2 adds 复核 between them. */
	private static BpmnModelInstance model(String key, int version) {
		var flow = Bpmn.createExecutableProcess(key)
			.name("访问矩阵测试流程")
			.camundaHistoryTimeToLive(30)
			.startEvent("StartEvent_1")
			.userTask("Task_A")
			.name("起草")
			.camundaCandidateGroups("process-admin");
		if (version > 1) {
			flow = flow.userTask("Task_New").name("复核").camundaCandidateGroups("process-admin");
		}
		return flow.userTask("Task_B").name("审核").camundaCandidateGroups("process-admin").endEvent("End_1").done();
	}

	private String migrationBatch(String key) {
		String id = api("process-admin", post("/api/processes/" + key + "/migrations"), "{\"from\": 1, \"to\": 2}")
			.get("batchId")
			.asText();
		startedBatch(id);
		return id;
	}

	private void ensureClerk() {
		if (this.identity.createUserQuery().userId(CLERK).count() == 0) {
			User clerk = this.identity.newUser(CLERK);
			clerk.setFirstName("青山村");
			clerk.setLastName("文书");
			clerk.setPassword("demo");
			this.identity.saveUser(clerk);
			this.identity.createMembership(CLERK, VILLAGE);
		}
	}

	private LocalDate today() {
		return this.dates.today();
	}

	private JsonNode api(String user, MockHttpServletRequestBuilder request, String body) {
		try {
			var response = this.mvc
				.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn()
				.getResponse();
			String answer = response.getContentAsString(StandardCharsets.UTF_8);
			assertThat(response.getStatus()).as("%s: %s", user, answer).isBetween(200, 299);
			return answer.isEmpty() ? this.json.nullNode() : this.json.readTree(answer);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long id(JsonNode record) {
		return record.get("id").asLong();
	}

	/** A process whose running instance may move from version 1 to 2. */
	record Migratable(String key, String instanceId) {

	}

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

}

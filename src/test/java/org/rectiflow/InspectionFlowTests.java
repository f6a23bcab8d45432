package org.rectiflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.support.EngineSteps;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.ApiTest;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.InspectedUnitRepository;
import org.rectiflow.unit.UnitPriority;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One inspection through the real {@code inspection-round}, {@code clue-handling} and
 * {@code recommendation-handling} models: every record follows its process step by step,
 * and a step that fails leaves record and process as they were.
 */
@ApiTest
class InspectionFlowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RoundFixtures rounds;

	@Autowired
	private TaskService tasks;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private InspectedUnitRepository units;

	@Autowired
	private BusinessDate dates;

	@Test
	void theRecordsFollowTheInspectionFromPlanToTransferReplies() throws Exception {
		LocalDate today = this.dates.today();
		InspectedUnit unit = this.rounds.village("流程村", UnitPriority.KEY);
		Inspection planned = this.rounds.inspection(this.rounds.round(), unit, "inspection-team-1");
		String pid = planned.getProcessInstanceId();
		String url = "/api/inspections/" + planned.getId();
		assertThat(read("inspection-office", url).read("$.stage", String.class)).isEqualTo("PLANNED");

		// 制定巡察工作方案: a wrong team group fails the step, and record and task stay as they
		// were
		Task plan = EngineSteps.task(this.tasks, pid, "Task_PlanInspection");
		assertThatThrownBy(() -> this.tasks.complete(plan.getId(), planVariables("inspection-team-99", today)))
			.hasMessageContaining("inspection-team-99");
		assertThat(EngineSteps.task(this.tasks, pid, "Task_PlanInspection").getId()).isEqualTo(plan.getId());
		assertThat(read("inspection-office", url).read("$.teamGroupId", String.class)).isEqualTo("inspection-team-1");
		this.tasks.complete(plan.getId(), planVariables("inspection-team-2", today));
		DocumentContext confirmed = read("inspection-office", url);
		assertThat(confirmed.read("$.stage", String.class)).isEqualTo("BRIEFING");
		assertThat(confirmed.read("$.mode", String.class)).isEqualTo("CROSS");
		assertThat(confirmed.read("$.auditMode", String.class)).isEqualTo("INSPECT_FIRST");
		assertThat(confirmed.read("$.teamGroupId", String.class)).isEqualTo("inspection-team-2");
		assertThat(confirmed.read("$.teamLeaderName", String.class)).isEqualTo("刘组长");
		this.mvc.perform(get(url).with(httpBasic("inspection-team-1", "demo"))).andExpect(status().isNotFound());

		// 巡前通报 by five partners, then 进驻
		for (String briefing : List.of("Task_BriefingDiscipline", "Task_BriefingOrganization", "Task_BriefingPetition",
				"Task_BriefingAudit", "Task_BriefingTownship")) {
			this.tasks.complete(EngineSteps.task(this.tasks, pid, briefing).getId());
		}
		DocumentContext onsite = read("inspection-team-2", url);
		assertThat(onsite.read("$.stage", String.class)).isEqualTo("ONSITE");
		assertThat(onsite.read("$.onsiteStartOn", String.class)).isEqualTo(today.toString());
		assertThat(this.units.findByCode(unit.getCode()).orElseThrow().getLastInspectedOn()).isEqualTo(today);

		// 立行立改: raised through the API, then notice, fix, return, fix again, verification
		String fix = "/api/immediate-fixes/" + id(create("inspection-team-2", "/api/immediate-fixes",
				"{\"inspectionId\": %d, \"problem\": \"村务公开栏三个月未更新\"}".formatted(planned.getId())));
		assertThat(read("inspection-team-2", fix).read("$.state", String.class)).isEqualTo("RAISED");
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_IssueFixNotice").getId(),
				Map.of("fixNoticeText", "请于十日内更新村务公开栏", "fixDeadline", today.plusDays(10).toString()));
		assertThat(read("inspection-team-2", fix).read("$.state", String.class)).isEqualTo("NOTICED");
		assertThat(read("inspection-team-2", fix).read("$.deadline", String.class))
			.isEqualTo(today.plusDays(10).toString());
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_FixOnSpot").getId(),
				Map.of("fixReport", "已更新", "fixMoneyRecoveredYuan", 800.0));
		assertThat(read(unit.getGroupId(), fix).read("$.state", String.class)).isEqualTo("FIXED");
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_VerifyFix").getId(),
				Map.of("fixDecision", "RETURN", "fixReturnReason", "缺少更新后的照片"));
		DocumentContext rejected = read("inspection-team-2", fix);
		assertThat(rejected.read("$.state", String.class)).isEqualTo("REJECTED");
		assertThat(rejected.read("$.returnCount", Integer.class)).isEqualTo(1);
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_FixOnSpot").getId(),
				Map.of("fixReport", "已更新并拍照", "fixMoneyRecoveredYuan", 800.0));
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_VerifyFix").getId(),
				Map.of("fixDecision", "APPROVE"));
		assertThat(read("inspection-team-2", fix).read("$.state", String.class)).isEqualTo("FIXED");
		executeJob(pid, "ServiceTask_RecordFix");
		DocumentContext verified = read("inspection-team-2", fix);
		assertThat(verified.read("$.state", String.class)).isEqualTo("VERIFIED");
		assertThat(verified.read("$.verifiedOn", String.class)).isEqualTo(today.toString());
		assertThat(verified.read("$.moneyRecoveredYuan", Double.class)).isEqualTo(800.0);

		// 快移快查: the clue goes to the commission at once and is accepted there
		String fastClue = id(create("inspection-team-2", "/api/clues",
				"{\"inspectionId\": %d, \"summary\": \"村支书涉嫌侵占征地补偿款\", \"fast\": true}".formatted(planned.getId())));
		DocumentContext transferred = read("discipline-commission", "/api/clues/" + fastClue);
		assertThat(transferred.read("$.state", String.class)).isEqualTo("TRANSFERRED");
		assertThat(transferred.read("$.replyDueOn", String.class)).isEqualTo(today.plusMonths(3).toString());
		Task accept = this.tasks.createTaskQuery()
			.processInstanceId(pid)
			.taskDefinitionKey("Task_AcceptFastClue")
			.taskCandidateGroup("discipline-commission")
			.singleResult();
		this.tasks.complete(accept.getId(), Map.of("fastClueHandler", "第一纪检监察室", "fastClueNote", "已受理"));
		executeJob(pid, "ServiceTask_RecordFastClue");
		assertThat(read("discipline-commission", "/api/clues/" + fastClue).read("$.state", String.class))
			.isEqualTo("ACCEPTED");

		// the problem list, an ordinary clue and two recommendation letters
		String finding = id(create("inspection-team-2", "/api/findings", """
				{"inspectionId": %d, "text": "集体资产出租未经民主程序", "category": "COLLECTIVE_ASSETS",
				 "source": "DOCUMENT", "severity": "SERIOUS", "supervisingDeptGroupId": "dept-agriculture"}
				""".formatted(planned.getId())));
		String clue = id(create("inspection-team-2", "/api/clues",
				"{\"inspectionId\": %d, \"summary\": \"会计涉嫌虚开票据\", \"fast\": false}".formatted(planned.getId())));
		String letter = id(create("inspection-team-2", "/api/recommendations",
				"{\"inspectionId\": %d, \"departmentGroupId\": \"dept-civil-affairs\", \"content\": \"建议规范低保公示\"}"
					.formatted(planned.getId())));
		String lateLetter = id(create("inspection-team-2", "/api/recommendations",
				"{\"inspectionId\": %d, \"departmentGroupId\": \"dept-water\", \"content\": \"建议整修灌渠\"}"
					.formatted(planned.getId())));

		// 进驻结束 after the minimum time on site; the report is drafted, reviewed and heard
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_ConductOnsite").getId(),
				Map.of("onsiteEndDate", today.toString()));
		executeJob(pid, "Event_MinimumOnsiteReached");
		DocumentContext report = read("inspection-office", url);
		assertThat(report.read("$.stage", String.class)).isEqualTo("REPORT");
		assertThat(report.read("$.onsiteEndOn", String.class)).isEqualTo(today.toString());
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_DraftReport").getId(),
				Map.of("reportSummary", "发现问题1个"));
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_ReviewReport").getId(),
				Map.of("reportDecision", "APPROVE"));
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_HearReport").getId(),
				Map.of("hearingDate", today.toString()));
		executeJob(pid, "ServiceTask_RegisterFindings");
		assertThat(this.runtime.getVariable(pid, "findingIds")).isEqualTo(List.of(finding));
		assertThat(this.runtime.getVariable(pid, "clueIds")).isEqualTo(List.of(fastClue, clue));
		assertThat(this.runtime.getVariable(pid, "recommendationIds")).isEqualTo(List.of(letter, lateLetter));
		assertThat(read("inspection-office", url).read("$.stage", String.class)).isEqualTo("FEEDBACK");
		assertThat(read("inspection-office", "/api/findings/" + finding).read("$.registeredOn", String.class))
			.isEqualTo(today.toString());
		this.mvc
			.perform(put("/api/findings/" + finding).with(httpBasic("inspection-team-2", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"text": "改", "category": "OTHER", "source": "DOCUMENT", "severity": "GENERAL",
						 "supervisingDeptGroupId": "dept-agriculture"}
						"""))
			.andExpect(status().isConflict());

		// 反馈 starts the rectification clock; transfer and rectification run side by side
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_Feedback").getId(),
				Map.of("feedbackDate", today.toString()));
		DocumentContext fedBack = read("inspection-office", url);
		assertThat(fedBack.read("$.feedbackOn", String.class)).isEqualTo(today.toString());
		assertThat(fedBack.read("$.stage", String.class)).isEqualTo("RECTIFICATION");

		// each clue and letter opens its own process, with its record's id as business
		// key
		for (String key : List.of(fastClue, clue)) {
			executeChildJob("clue-handling", key);
		}
		for (String key : List.of(letter, lateLetter)) {
			executeChildJob("recommendation-handling", key);
		}
		assertThat(read("discipline-commission", "/api/clues/" + fastClue).read("$.state", String.class))
			.isEqualTo("ACCEPTED");
		DocumentContext ordinary = read("discipline-commission", "/api/clues/" + clue);
		assertThat(ordinary.read("$.state", String.class)).isEqualTo("TRANSFERRED");
		assertThat(ordinary.read("$.replyDueOn", String.class)).isEqualTo(today.plusMonths(3).toString());
		DocumentContext issued = read("dept-civil-affairs", "/api/recommendations/" + letter);
		assertThat(issued.read("$.state", String.class)).isEqualTo("ISSUED");
		assertThat(issued.read("$.issuedOn", String.class)).isEqualTo(today.toString());

		// the department replies; the commission files a case
		Task handle = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(letter)
			.taskCandidateGroup("dept-civil-affairs")
			.singleResult();
		assertThat(this.runtime.getVariable(handle.getProcessInstanceId(), "recommendationText")).isEqualTo("建议规范低保公示");
		assertThat(this.runtime.getVariable(handle.getProcessInstanceId(), "unitName"))
			.as("the 已办 row names the unit from the process's unitName")
			.isNotNull()
			.isEqualTo(issued.read("$.unitName", String.class));
		this.tasks.complete(handle.getId(), Map.of("handlingResult", "ADOPTED", "replyText", "已整改公示制度"));
		executeChildJob("recommendation-handling", letter);
		DocumentContext replied = read("dept-civil-affairs", "/api/recommendations/" + letter);
		assertThat(replied.read("$.state", String.class)).isEqualTo("REPLIED");
		assertThat(replied.read("$.replyText", String.class)).isEqualTo("已整改公示制度");
		Task handleClue = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(fastClue)
			.taskCandidateGroup("discipline-commission")
			.singleResult();
		this.tasks.complete(handleClue.getId(),
				Map.of("handlingResult", "CASE_FILED", "replyText", "已立案审查", "moneyRecoveredYuan", 20000.0));
		executeChildJob("clue-handling", fastClue);
		DocumentContext becameCase = read("inspection-office", "/api/clues/" + fastClue);
		assertThat(becameCase.read("$.state", String.class)).isEqualTo("BECAME_CASE");
		assertThat(becameCase.read("$.becameCase", Boolean.class)).isTrue();

		// the reply periods run out: the overdue timers mark the records
		executeTimer("recommendation-handling", lateLetter, "BoundaryEvent_RecommendationReplyOverdue");
		DocumentContext late = read("dept-water", "/api/recommendations/" + lateLetter);
		assertThat(late.read("$.state", String.class)).isEqualTo("OVERDUE");
		assertThat(late.read("$.overdueSince", String.class)).isEqualTo(today.toString());
		executeTimer("clue-handling", clue, "BoundaryEvent_ClueReplyOverdue");
		assertThat(read("discipline-commission", "/api/clues/" + clue).read("$.overdueSince", String.class))
			.isEqualTo(today.toString());
		this.mvc.perform(get("/api/recommendations/" + lateLetter).with(httpBasic("dept-civil-affairs", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFixOnTheSpotCanOnlyBeRaisedWhileTheTeamIsOnSite() throws Exception {
		Inspection planned = this.rounds.inspection("inspection-team-1");
		this.mvc
			.perform(post("/api/immediate-fixes").with(httpBasic("inspection-team-1", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inspectionId\": %d, \"problem\": \"问题\"}".formatted(planned.getId())))
			.andExpect(status().isConflict());
		this.mvc
			.perform(get("/api/immediate-fixes").param("inspectionId", planned.getId().toString())
				.with(httpBasic("inspection-office", "demo")))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.page.totalElements")
						.value(0));
	}

	private Map<String, Object> planVariables(String team, LocalDate today) {
		return Map.of("isKeyUnit", false, "unitCategory", "ORDINARY", "inspectionMode", "CROSS", "auditMode",
				"INSPECT_FIRST", "teamGroup", team, "teamLeaderName", "刘组长", "teamLeaderPhone", "13800000000",
				"onsiteStartDate", today.plusDays(3).toString());
	}

	private void executeJob(String processInstanceId, String activityId) {
		Job job = this.management.createJobQuery()
			.processInstanceId(processInstanceId)
			.activityId(activityId)
			.singleResult();
		assertThat(job).as(activityId).isNotNull();
		this.management.executeJob(job.getId());
	}

	private void executeChildJob(String processKey, String businessKey) {
		String child = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey)
			.singleResult()
			.getId();
		Job job = this.management.createJobQuery().processInstanceId(child).messages().singleResult();
		assertThat(job).as(processKey + " " + businessKey).isNotNull();
		this.management.executeJob(job.getId());
	}

	private void executeTimer(String processKey, String businessKey, String activityId) {
		String child = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey)
			.singleResult()
			.getId();
		executeJob(child, activityId);
	}

	private DocumentContext read(String user, String url) throws Exception {
		return JsonPath.parse(this.mvc.perform(get(url).with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String create(String user, String url, String body) throws Exception {
		return this.mvc
			.perform(post(url).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String id(String json) {
		return JsonPath.parse(json).read("$.id", Long.class).toString();
	}

}

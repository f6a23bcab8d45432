package org.rectiflow.workflow;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of {@code inspection-round} and of the processes it calls, per inspected
 * unit.
 */
@Order(ProcessTestSupport.RUN_AFTER_THE_API_TESTS)
class InspectionRoundProcessTests extends ProcessTestSupport {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private String recordId;

	@BeforeEach
	void aMondayInMarch() {
		ClockUtil.setCurrentTime(at("2026-03-02T09:00"));
		this.recordId = "IR" + UUID.randomUUID();
	}

	@Test
	void aWholeRoundRunsFromPlanToFollowUp() {
		ProcessInstance round = start();
		plan(round, true);
		for (String partner : List.of("Discipline", "Organization", "Petition", "Audit", "Township")) {
			Task briefing = task("Task_Briefing" + partner, round.getId());
			assertThat(briefing.getDueDate()).isNotNull();
			complete(briefing, partner.toLowerCase() + "Briefing", "无重大问题", partner.toLowerCase() + "BriefingCount", 1);
		}
		assertThat(candidateGroups(task("Task_ConductOnsite", round.getId()))).containsExactly("inspection-team-1");
		complete("Task_ConductOnsite", round.getId(), "announcementDate", "2026-03-16", "onsiteEndDate", "2026-03-27",
				"talkCount", 30, "visitCount", 45, "villagerReportCount", 6, "onsiteSummary", "进驻情况");
		assertThat(count("Task_DraftReport", round.getId())).as("a key unit stays at least 10 working days").isZero();
		clockAt(at("2026-03-31T00:00"));
		Task draft = task("Task_DraftReport", round.getId());
		assertThat(draft.getDueDate()).isEqualTo(at("2026-04-27T23:59:59"));
		complete(draft, "reportSummary", "发现问题 2 个", "findingCount", 2);
		complete("Task_ReviewReport", round.getId(), "reportDecision", "APPROVE");
		assertThat(candidateGroups(task("Task_HearReport", round.getId()))).containsExactly("leading-group");
		complete("Task_HearReport", round.getId(), "hearingDate", "2026-04-10", "leadingGroupOpinion", "同意");
		assertThat(this.calls).contains("findings " + this.recordId);

		complete("Task_Feedback", round.getId(), "feedbackDate", "2026-04-15", "feedbackNotes", "已反馈");
		String clue = instanceByKey(this.recordId + "-C1");
		String letter = instanceByKey(this.recordId + "-R1");
		assertThat(this.runtime.getVariable(clue, "transferDate"))
			.as("the form shows the county's day (00:00 in Beijing is the previous day in UTC), not a UTC time")
			.isEqualTo("2026-03-31");
		assertThat(candidateGroups(task("Task_HandleClue", clue))).containsExactly("discipline-commission");
		assertThat(candidateGroups(task("Task_HandleRecommendation", letter))).containsExactly("dept-civil-affairs");

		assertThat(candidateGroups(task("Task_DraftPlan", round.getId()))).containsExactly("village-t01v01");
		complete("Task_DraftPlan", round.getId(), "planSummary", "整改方案", "secretaryName", "王强", "secretaryPhone",
				"13900139000");
		complete("Task_ReviewPlan", round.getId(), "planDecision", "APPROVE");
		complete("Task_HoldMeeting", round.getId(), "meetingDate", "2026-04-25", "meetingSummary", "专题组织生活会");
		assertThat(task("Task_SubmitRectificationReport", round.getId()).getDueDate())
			.as("the report is due two months after feedback")
			.isEqualTo(at("2026-06-15T23:59:59"));
		complete("Task_SubmitRectificationReport", round.getId(), "rectificationReport", "整改报告");
		for (String finding : List.of(this.recordId + "-F1", this.recordId + "-F2")) {
			rectifyItem(instanceByKey(finding));
		}
		assertThat(this.calls).contains("signOff " + this.recordId + "-F1", "signOff " + this.recordId + "-F2");

		Task open = task("Task_OpenEvaluation", round.getId());
		assertThat(candidateGroups(open)).containsExactly("inspection-office");
		complete(open, "evaluationCloseDate", "2026-06-01", "evaluationTargetCount", 50, "evaluationNotice", "请扫码评议");
		assertThat(this.calls).contains("evaluation opened until 2026-06-01");
		assertThat(round).isWaitingAt("Gateway_AwaitEvaluation");
		closeEvaluation("GOOD", 96.5);
		complete("Task_SignOffRectification", round.getId(), "rectificationGrade", "EXCELLENT", "signOffOpinion",
				"整改到位");
		assertThat(this.calls).contains("round RECTIFICATION_CLOSED");
		assertThat(count("Task_AdmonishUnit", round.getId())).isZero();

		clockAt(at("2026-09-05T09:00"));
		String followUp = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey("follow-up-review")
			.superProcessInstanceId(round.getId())
			.singleResult()
			.getId();
		complete("Task_FollowUpCheck", followUp, "checkDate", "2026-09-06", "reboundDecision", "NO_REBOUND",
				"checkNotes", "未发现反弹");
		assertThat(round).isNotEnded();

		complete("Task_HandleClue", clue, "handlingResult", "CASE_FILED", "replyText", "已立案", "moneyRecoveredYuan",
				12000.0);
		complete("Task_HandleRecommendation", letter, "handlingResult", "ADOPTED", "replyText", "已采纳");
		assertThat(this.calls).contains("transfer REPLIED " + this.recordId + "-C1",
				"transfer REPLIED " + this.recordId + "-R1");
		assertThat(round).isEnded();
	}

	@Test
	void theOfficeReturnsTheReportWithAReasonAndTheTeamRedraftsIt() {
		ProcessInstance round = startAt("Task_DraftReport",
				Map.of("teamGroup", "inspection-team-2", "onsiteEndDate", "2026-03-20"));
		assertThat(candidateGroups(task("Task_DraftReport", round.getId()))).containsExactly("inspection-team-2");
		complete("Task_DraftReport", round.getId(), "reportSummary", "初稿");
		complete("Task_ReviewReport", round.getId(), "reportDecision", "RETURN", "reportReturnReason", "问题定性不准");
		assertThat(round).isWaitingAt("Task_DraftReport");
		assertThat(this.runtime.getVariable(round.getId(), "reportReturnReason")).isEqualTo("问题定性不准");
		complete("Task_DraftReport", round.getId(), "reportSummary", "修改稿");
		complete("Task_ReviewReport", round.getId(), "reportDecision", "APPROVE");
		assertThat(round).isWaitingAt("Task_HearReport");
	}

	@Test
	void theOfficeReturnsThePlanAndTheVillageRevisesIt() {
		ProcessInstance round = startAt("Task_DraftPlan",
				Map.of("feedbackDate", "2026-03-01", "findingIds", new ArrayList<>(List.of())));
		complete("Task_DraftPlan", round.getId(), "planSummary", "方案初稿");
		Task review = task("Task_ReviewPlan", round.getId());
		assertThat(candidateGroups(review)).containsExactly("inspection-office");
		complete(review, "planDecision", "RETURN", "planReturnReason", "措施不具体");
		assertThat(this.runtime.getVariable(round.getId(), "planReturnReason")).isEqualTo("措施不具体");
		complete("Task_DraftPlan", round.getId(), "planSummary", "方案修改稿");
		complete("Task_ReviewPlan", round.getId(), "planDecision", "APPROVE");
		assertThat(round).isWaitingAt("Task_HoldMeeting");
	}

	@Test
	void fixesOnTheSpotAndFastCluesHappenAnyNumberOfTimesDuringOnsiteWork() {
		ProcessInstance round = start();
		plan(round, false);
		for (String partner : List.of("Discipline", "Organization", "Petition", "Audit", "Township")) {
			complete("Task_Briefing" + partner, round.getId(), partner.toLowerCase() + "Briefing", "无");
		}
		raiseFix("IF-1", "村务公开栏长期未更新");
		raiseFix("IF-2", "低保公示信息不全");
		List<Task> notices = this.tasks.createTaskQuery()
			.processInstanceId(round.getId())
			.taskDefinitionKey("Task_IssueFixNotice")
			.list();
		assertThat(notices).hasSize(2);
		notices.forEach((notice) -> complete(notice, "fixNoticeText", "请立即整改", "fixDeadline", "2026-03-25"));
		List<Task> fixes = this.tasks.createTaskQuery()
			.processInstanceId(round.getId())
			.taskDefinitionKey("Task_FixOnSpot")
			.list();
		assertThat(fixes).hasSize(2)
			.allSatisfy((fix) -> assertThat(candidateGroups(fix)).containsExactly("village-t01v01"));
		fixes.forEach((fix) -> complete(fix, "fixReport", "已更新"));
		List<Task> checks = this.tasks.createTaskQuery()
			.processInstanceId(round.getId())
			.taskDefinitionKey("Task_VerifyFix")
			.list();
		complete(checks.get(0), "fixDecision", "RETURN", "fixReturnReason", "照片不清晰");
		complete(checks.get(1), "fixDecision", "APPROVE");
		Task again = task("Task_FixOnSpot", round.getId());
		assertThat(this.tasks.getVariable(again.getId(), "fixReturnReason")).isEqualTo("照片不清晰");
		complete(again, "fixReport", "已重新拍照");
		complete("Task_VerifyFix", round.getId(), "fixDecision", "APPROVE");
		assertThat(this.calls).filteredOn((call) -> call.equals("round IMMEDIATE_FIX_VERIFIED")).hasSize(2);

		raiseFastClue("C-9", "村主任涉嫌虚报冒领补贴");
		raiseFastClue("C-10", "村会计挪用集体资金");
		List<Task> accepts = this.tasks.createTaskQuery()
			.processInstanceId(round.getId())
			.taskDefinitionKey("Task_AcceptFastClue")
			.list();
		assertThat(accepts).hasSize(2)
			.allSatisfy((accept) -> assertThat(candidateGroups(accept)).containsExactly("discipline-commission"));
		accepts.forEach((accept) -> complete(accept, "fastClueHandler", "第三纪检监察室", "fastClueNote", "已受理"));
		assertThat(this.calls).filteredOn((call) -> call.startsWith("transfer ACCEPTED")).hasSize(2);
		assertThat(round).isWaitingAt("Task_ConductOnsite");
	}

	@Test
	void aPoorEvaluationVetoesTheSignOffAndLeadsToATalkAndAFollowUp() {
		ProcessInstance round = startAt("Task_OpenEvaluation", Map.of());
		complete("Task_OpenEvaluation", round.getId(), "evaluationCloseDate", "2026-03-20");
		closeEvaluation("POOR", 41.0);
		assertThat(count("Task_SignOffRectification", round.getId())).isZero();
		Task talk = task("Task_AdmonishUnit", round.getId());
		assertThat(candidateGroups(talk)).containsExactlyInAnyOrder("discipline-commission", "organization-dept");
		complete(talk, "talkDate", "2026-03-25", "talkedPersons", "村党支部书记", "talkRecord", "约谈记录");
		assertThat(this.calls).contains("round RECTIFICATION_CLOSED");
		assertThat(round).isWaitingAt("Event_FollowUpDue");
	}

	@Test
	void atTheDeadlineTheTimerClosesTheEvaluationAndAPoorVerdictVetoesTheSignOff() {
		ProcessInstance round = startAt("Task_OpenEvaluation", Map.of());
		complete("Task_OpenEvaluation", round.getId(), "evaluationCloseDate", "2026-03-20", "evaluationTargetCount",
				30);
		assertThat(round).isWaitingAt("Gateway_AwaitEvaluation");
		this.verdictAtDeadline = "POOR";
		clockAt(at("2026-03-20T23:59:00"));
		assertThat(this.calls).doesNotContain("evaluation closed at the deadline");
		clockAt(at("2026-03-21T00:00"));
		assertThat(this.calls).contains("evaluation closed at the deadline");
		assertThat(count("Task_SignOffRectification", round.getId())).isZero();
		complete("Task_AdmonishUnit", round.getId(), "talkDate", "2026-03-25", "talkRecord", "约谈记录");
		assertThat(round).isWaitingAt("Event_FollowUpDue");
	}

	@Test
	void tooFewAnswersAtTheDeadlineAskTheOfficeToExtendAndTheEvaluationReopens() {
		ProcessInstance round = startAt("Task_OpenEvaluation", Map.of());
		complete("Task_OpenEvaluation", round.getId(), "evaluationCloseDate", "2026-03-20", "evaluationTargetCount",
				30);
		this.verdictAtDeadline = null;
		clockAt(at("2026-03-21T00:00"));
		Task extend = task("Task_ExtendEvaluation", round.getId());
		assertThat(candidateGroups(extend)).containsExactly("inspection-office");
		assertThat(this.runtime.getVariable(round.getId(), "evaluationAnswerCount")).isEqualTo(3);
		complete(extend, "evaluationCloseDate", "2026-04-10", "evaluationExtensionReason", "农忙，参评人数不足");
		assertThat(this.calls).contains("evaluation opened until 2026-04-10");
		assertThat(round).isWaitingAt("Gateway_AwaitEvaluation");
		this.verdictAtDeadline = "GOOD";
		clockAt(at("2026-04-11T00:00"));
		complete("Task_SignOffRectification", round.getId(), "rectificationGrade", "PASS", "signOffOpinion", "整改到位");
		assertThat(round).isWaitingAt("Event_FollowUpDue");
	}

	@Test
	void aBasicPassGradeAlsoCallsAnAdmonishingTalk() {
		ProcessInstance round = startAt("Task_OpenEvaluation", Map.of());
		complete("Task_OpenEvaluation", round.getId(), "evaluationCloseDate", "2026-03-20");
		closeEvaluation("FAIR", 78.0);
		complete("Task_SignOffRectification", round.getId(), "rectificationGrade", "BASIC_PASS", "signOffOpinion",
				"部分问题整改不彻底");
		complete("Task_AdmonishUnit", round.getId(), "talkDate", "2026-03-25", "talkRecord", "约谈记录");
		assertThat(round).isWaitingAt("Event_FollowUpDue");
	}

	@Test
	void aFollowUpThatFindsAReboundOpensNewItems() {
		ProcessInstance round = startAt("Event_FollowUpDue", Map.of("rectificationClosedDate", at("2026-03-01T10:00")));
		clockAt(at("2026-06-02T00:00"));
		String followUp = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey("follow-up-review")
			.superProcessInstanceId(round.getId())
			.singleResult()
			.getId();
		Task check = task("Task_FollowUpCheck", followUp);
		assertThat(candidateGroups(check)).contains("inspection-office");
		complete(check, "checkDate", "2026-06-03", "reboundDecision", "REBOUND", "reboundProblems",
				Variables
					.objectValue(new ArrayList<>(List.of(Map.of("problemText", "公开栏再次停更", "category", "SERVICE",
							"supervisingDeptGroup", "dept-civil-affairs"))))
					.serializationDataFormat(Variables.SerializationDataFormats.JSON)
					.create());
		assertThat(this.calls).contains("rebound " + this.recordId);
		String newItem = instanceByKey(this.recordId + "-F9");
		assertThat(candidateGroups(task("Task_PlanMeasures", newItem))).containsExactly("village-t01v01");
		rectifyItem(newItem);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(followUp).count()).isZero();
	}

	@Test
	void aTransferNotAnsweredInThreeMonthsGetsAReminder() {
		ProcessInstance clue = this.runtime.startProcessInstanceByKey("clue-handling", this.recordId + "-C7",
				Map.of("clueId", this.recordId + "-C7", "inspectionRecordId", this.recordId, "transferDate",
						at("2026-03-02T09:00")));
		runDueJobs();
		assertThat(task("Task_HandleClue", clue.getId()).getDueDate()).isEqualTo(at("2026-06-02T23:59:59"));
		clockAt(at("2026-06-03T00:00"));
		assertThat(this.calls).contains("letter RED " + this.recordId + "-C7");
		complete("Task_HandleClue", clue.getId(), "handlingResult", "TALK_OR_LETTER", "replyText", "已谈话提醒");
		assertThat(clue).isEnded();

		ProcessInstance letter = this.runtime.startProcessInstanceByKey("recommendation-handling",
				this.recordId + "-R7", Map.of("recommendationId", this.recordId + "-R7", "inspectionRecordId",
						this.recordId, "transferDate", at("2026-03-02T09:00")));
		runDueJobs();
		clockAt(at("2026-06-03T00:00"));
		assertThat(this.calls).contains("letter RED " + this.recordId + "-R7");
		complete("Task_HandleRecommendation", letter.getId(), "handlingResult", "IN_PROGRESS", "replyText", "正在落实");
		assertThat(letter).isEnded();
	}

	private ProcessInstance start() {
		ProcessInstance round = this.runtime.startProcessInstanceByKey("inspection-round", this.recordId,
				baseVariables());
		runDueJobs();
		return round;
	}

	private ProcessInstance startAt(String activityId, Map<String, Object> extra) {
		Map<String, Object> variables = baseVariables();
		variables.putAll(extra);
		ProcessInstance round = this.runtime.createProcessInstanceByKey("inspection-round")
			.businessKey(this.recordId)
			.setVariables(variables)
			.startBeforeActivity(activityId)
			.execute();
		runDueJobs();
		return round;
	}

	private Map<String, Object> baseVariables() {
		return values("inspectionRecordId", this.recordId, "unitName", "青山村", "unitCode", "T01V01", "villageGroup",
				"village-t01v01", "townshipGroup", "township-t01");
	}

	private void plan(ProcessInstance round, boolean keyUnit) {
		Task plan = task("Task_PlanInspection", round.getId());
		assertThat(candidateGroups(plan)).containsExactly("inspection-office");
		complete(plan, "isKeyUnit", keyUnit, "teamGroup", "inspection-team-1", "onsiteStartDate", "2026-03-16",
				"unitCategory", "RESOURCE_RICH", "inspectionMode", "DIRECT", "auditMode", "AUDIT_FIRST", "planNotes",
				"重点关注集体资产");
	}

	private void rectifyItem(String item) {
		complete("Task_PlanMeasures", item, "measures", "公开并规范", "responsiblePerson", "李明", "deadline", "2026-12-31",
				"longTerm", false);
		complete("Task_Implement", item, "implementationSummary", "已完成");
		for (String party : List.of("Office", "Discipline", "Organization", "Department")) {
			complete("Task_Review" + party, item, party.toLowerCase() + "ReviewDecision", "APPROVE");
		}
	}

	private void raiseFix(String id, String problem) {
		this.runtime.createMessageCorrelation("ImmediateFixRaised")
			.processInstanceBusinessKey(this.recordId)
			.setVariablesToTriggeredScope(Variables.putValue("immediateFixId", id)
				.putValue("fixProblem", problem)
				.putValue("fixNoticeText", null)
				.putValue("fixDeadline", null)
				.putValue("fixReport", null)
				.putValue("fixMoneyRecoveredYuan", null)
				.putValue("fixDecision", null)
				.putValue("fixReturnReason", null))
			.correlate();
		runDueJobs();
	}

	private void raiseFastClue(String id, String summary) {
		this.runtime.createMessageCorrelation("FastClueRaised")
			.processInstanceBusinessKey(this.recordId)
			.setVariablesToTriggeredScope(Variables.putValue("clueId", id)
				.putValue("clueSummary", summary)
				.putValue("fastClueHandler", null)
				.putValue("fastClueNote", null))
			.correlate();
		runDueJobs();
	}

	private void closeEvaluation(String verdict, double score) {
		this.runtime.createMessageCorrelation("EvaluationClosed")
			.processInstanceBusinessKey(this.recordId)
			.setVariable("evaluationVerdict", verdict)
			.setVariable("satisfactionScore", score)
			.correlate();
		runDueJobs();
	}

	private static Date at(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant());
	}

}

package org.rectiflow.workflow;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every path of {@code rectification-item}: one ledger item from claim to sign-off. */
@Order(ProcessTestSupport.RUN_AFTER_THE_API_TESTS)
class RectificationItemProcessTests extends ProcessTestSupport {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private String findingId;

	@BeforeEach
	void startOfTheRectification() {
		ClockUtil.setCurrentTime(at("2026-03-02T09:00"));
		this.findingId = "F" + UUID.randomUUID();
	}

	@Test
	void theItemIsSignedOffWhenAllFourPartiesAgree() {
		ProcessInstance item = start();
		assertThat(item).isWaitingAt("Task_PlanMeasures");
		assertThat(candidateGroups(task("Task_PlanMeasures", item.getId()))).containsExactly("village-t01v01");

		plan(item, "2026-06-30", false);
		Task implement = task("Task_Implement", item.getId());
		assertThat(candidateGroups(implement)).containsExactly("village-t01v01");
		assertThat(implement.getDueDate()).isEqualTo(at("2026-06-30T23:59:59"));
		complete(implement, "implementationSummary", "已公开 2025 年度集体资金收支");

		assertThat(candidateGroups(task("Task_ReviewOffice", item.getId()))).containsExactly("inspection-office");
		assertThat(candidateGroups(task("Task_ReviewDiscipline", item.getId())))
			.containsExactly("discipline-commission");
		assertThat(candidateGroups(task("Task_ReviewOrganization", item.getId()))).containsExactly("organization-dept");
		assertThat(candidateGroups(task("Task_ReviewDepartment", item.getId()))).containsExactly("dept-agriculture");
		approveAll(item);

		assertThat(item).isEnded().hasPassed("ServiceTask_SignOffItem");
		assertThat(this.calls).containsSequence("open " + this.findingId, "signOff " + this.findingId);
	}

	@Test
	void aReturnByOneReviewerSendsTheItemBackWithTheReasonAndCountsIt() {
		ProcessInstance item = start();
		plan(item, "2026-06-30", false);
		Set<String> timersBefore = timerIds(item);
		complete("Task_Implement", item.getId(), "implementationSummary", "已整改");

		complete("Task_ReviewOffice", item.getId(), "officeReviewDecision", "APPROVE");
		complete("Task_ReviewDiscipline", item.getId(), "disciplineReviewDecision", "RETURN", "disciplineReturnReason",
				"佐证材料不足");
		complete("Task_ReviewOrganization", item.getId(), "organizationReviewDecision", "APPROVE");
		complete("Task_ReviewDepartment", item.getId(), "departmentReviewDecision", "APPROVE");

		assertThat(item).isWaitingAt("Task_Implement");
		assertThat(this.runtime.getVariable(item.getId(), "returnCount")).isEqualTo(1);
		assertThat(this.runtime.getVariable(item.getId(), "lastReturnReason")).isEqualTo("discipline：佐证材料不足；");
		assertThat(timerIds(item)).as("a return keeps the deadline's timers").isEqualTo(timersBefore);

		complete("Task_Implement", item.getId(), "implementationSummary", "补充了会议记录和公示照片");
		approveAll(item);
		assertThat(item).isEnded();
		assertThat(this.calls).contains("signOff " + this.findingId);
	}

	@Test
	void theWarningLadderFiresAsTheClockPassesEachDate() {
		ProcessInstance item = start();
		plan(item, "2026-06-30", false);

		clockAt(at("2026-06-09T12:00"));
		assertThat(lettersFor(this.findingId)).isEmpty();

		clockAt(at("2026-06-10T09:01"));
		assertThat(this.calls).containsOnlyOnce("letter GREEN " + this.findingId);
		assertThat(this.runtime.getVariable(item.getId(), "warningColour")).isEqualTo("GREEN");

		clockAt(at("2026-06-20T09:01"));
		assertThat(this.calls).containsOnlyOnce("letter YELLOW " + this.findingId);

		clockAt(at("2026-07-01T00:00:01"));
		assertThat(this.calls).containsOnlyOnce("letter RED " + this.findingId);
		assertThat(this.runtime.getVariable(item.getId(), "flagged")).isEqualTo(true);
		Task supervise = task("Task_SuperviseOverdue", item.getId());
		assertThat(candidateGroups(supervise)).containsExactlyInAnyOrder("inspection-office", "township-t01");
		complete(supervise, "supervisionDate", "2026-07-02", "supervisionNote", "已电话督促");

		clockAt(at("2026-07-30T09:01"));
		assertThat(this.calls).containsOnlyOnce("letter ADMONISH " + this.findingId);
		Task admonish = task("Task_AdmonishItem", item.getId());
		assertThat(candidateGroups(admonish)).isNotEmpty();
		complete(admonish, "itemTalkDate", "2026-08-03", "itemTalkedPersons", "村党支部书记", "itemTalkRecord", "约谈记录");
		assertThat(item).isWaitingAt("Task_Implement");
	}

	@Test
	void anApprovedExtensionMovesTheDeadlineAndTheTimersFollowIt() {
		ProcessInstance item = start();
		plan(item, "2026-06-30", false);
		assertThat(timerDue(item, "StartEvent_GreenWarning")).isEqualTo(at("2026-06-10T09:00"));

		requestExtension("2026-09-30", "需等待秋收后实施");
		Task review = task("Task_ReviewExtension", item.getId());
		assertThat(candidateGroups(review)).containsExactly("inspection-office");
		complete(review, "extensionDecision", "APPROVE");

		assertThat(this.calls).contains("extend 2026-09-30");
		assertThat(item).isWaitingAt("Task_Implement");
		assertThat(task("Task_Implement", item.getId()).getDueDate()).isEqualTo(at("2026-09-30T23:59:59"));
		assertThat(timerDue(item, "StartEvent_GreenWarning")).isEqualTo(at("2026-09-10T09:00"));
		assertThat(timerDue(item, "StartEvent_YellowWarning")).isEqualTo(at("2026-09-20T09:00"));
		assertThat(timerDue(item, "StartEvent_RedWarning")).isEqualTo(at("2026-09-30T23:59:59"));

		clockAt(at("2026-06-11T09:00"));
		assertThat(lettersFor(this.findingId)).as("the old green date no longer warns").isEmpty();
	}

	@Test
	void aRejectedExtensionKeepsTheDeadline() {
		ProcessInstance item = start();
		plan(item, "2026-06-30", false);
		Set<String> timers = timerIds(item);
		requestExtension("2026-12-31", "理由不充分的申请");
		complete("Task_ReviewExtension", item.getId(), "extensionDecision", "REJECT", "extensionComment", "按原期限完成");
		assertThat(this.runtime.getVariable(item.getId(), "deadline")).isEqualTo("2026-06-30");
		assertThat(timerIds(item)).isEqualTo(timers);
		assertThat(item).isWaitingAt("Task_Implement");
	}

	@Test
	void aLongTermItemReportsProgressEveryCycle() {
		ProcessInstance item = start();
		plan(item, "2026-12-31", true);
		clockAt(at("2026-04-02T09:01"));
		Task report = task("Task_ReportProgress", item.getId());
		assertThat(candidateGroups(report)).containsExactly("village-t01v01");
		complete(report, "progressReport", "已完成道路硬化一期", "progressPercent", 40);
		assertThat(count("Task_ReportProgress", item.getId())).isZero();
		clockAt(at("2026-05-03T09:01"));
		assertThat(count("Task_ReportProgress", item.getId())).isOne();
	}

	@Test
	void anOrdinaryItemHasNoProgressReports() {
		ProcessInstance item = start();
		plan(item, "2026-06-30", false);
		clockAt(at("2026-04-02T09:01"));
		assertThat(count("Task_ReportProgress", item.getId())).isZero();
	}

	@Test
	void aSupervisorsLetterOrFlagRunsBesideTheWorkAtAnyStage() {
		ProcessInstance item = start();
		superviseByMessage("REMINDER", "尽快认领");
		assertThat(item).isWaitingAt("Task_PlanMeasures").hasPassed("EndEvent_SupervisionLetterSent");

		plan(item, "2026-06-30", false);
		superviseByMessage("SUPERVISION_LETTER", "进度滞后");
		superviseByMessage("FLAG", "多次督促未改");
		assertThat(this.calls).containsSubsequence("supervision REMINDER " + this.findingId,
				"supervision SUPERVISION_LETTER " + this.findingId, "supervision FLAG " + this.findingId);
		assertThat(this.runtime.getVariable(item.getId(), "flagged")).isEqualTo(true);
		assertThat(item).isWaitingAt("Task_Implement");
		assertThat(count("Task_SupervisionTalk", item.getId())).isZero();
		assertThat(this.runtime.getVariable(item.getId(), "supervisionAction")).as("local to each occurrence").isNull();
	}

	@Test
	void aTalkCalledByASupervisorIsHeldByTheCommissionOrTheOrganizationDepartment() {
		ProcessInstance item = start();
		plan(item, "2026-06-30", false);
		superviseByMessage("ADMONISH", "严重滞后");
		Task talk = task("Task_SupervisionTalk", item.getId());
		assertThat(candidateGroups(talk)).containsExactly("discipline-commission", "organization-dept");
		complete(talk, "itemTalkDate", "2026-03-10", "itemTalkedPersons", "村党支部书记", "itemTalkRecord", "已约谈，限期整改");
		assertThat(item).hasPassed("EndEvent_SupervisionTalkHeld").isWaitingAt("Task_Implement");

		complete("Task_Implement", item.getId(), "implementationSummary", "已整改");
		approveAll(item);
		assertThat(item).isEnded();
		assertThatThrownBy(() -> superviseByMessage("REMINDER", "已销号"))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
	}

	private ProcessInstance start() {
		ProcessInstance item = this.runtime.startProcessInstanceByKey("rectification-item", this.findingId,
				Map.of("findingId", this.findingId, "inspectionRecordId", "IR-1", "unitName", "青山村", "villageGroup",
						"village-t01v01", "townshipGroup", "township-t01", "feedbackDate", "2026-03-01"));
		runDueJobs();
		return item;
	}

	private void plan(ProcessInstance item, String deadline, boolean longTerm) {
		complete("Task_PlanMeasures", item.getId(), "measures", "召开村民代表大会公开收支", "responsiblePerson", "李明",
				"responsiblePhone", "13800138000", "deadline", deadline, "longTerm", longTerm);
	}

	private void approveAll(ProcessInstance item) {
		for (String party : List.of("Office", "Discipline", "Organization", "Department")) {
			complete("Task_Review" + party, item.getId(), party.toLowerCase() + "ReviewDecision", "APPROVE");
		}
	}

	private void requestExtension(String until, String reason) {
		this.runtime.createMessageCorrelation("ExtensionRequested")
			.processInstanceBusinessKey(this.findingId)
			.setVariablesToTriggeredScope(Variables.putValue("requestedDeadline", until)
				.putValue("extensionReason", reason)
				.putValue("extensionDecision", null)
				.putValue("extensionComment", null))
			.correlate();
		runDueJobs();
	}

	private void superviseByMessage(String action, String reason) {
		this.runtime.createMessageCorrelation("SupervisionActionRequested")
			.processInstanceBusinessKey(this.findingId)
			.setVariablesToTriggeredScope(Variables.putValue("supervisionAction", action)
				.putValue("supervisionReason", reason)
				.putValue("supervisionRequestedBy", "inspection-office"))
			.correlate();
		runDueJobs();
	}

	private List<String> lettersFor(String businessKey) {
		return this.calls.stream()
			.filter((call) -> call.startsWith("letter ") && call.endsWith(" " + businessKey))
			.toList();
	}

	private Set<String> timerIds(ProcessInstance item) {
		return this.management.createJobQuery()
			.timers()
			.processInstanceId(item.getId())
			.list()
			.stream()
			.map(Job::getId)
			.collect(Collectors.toSet());
	}

	private Date timerDue(ProcessInstance item, String activityId) {
		return this.management.createJobQuery()
			.timers()
			.processInstanceId(item.getId())
			.activityId(activityId)
			.singleResult()
			.getDuedate();
	}

	private static Date at(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant());
	}

}

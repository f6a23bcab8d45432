package org.rectiflow.rectification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.rectiflow.common.RuleViolationException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger's transitions and rules, as the process's delegates call them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class RectificationLedgerTests {

	@Autowired
	private RectificationLedger ledger;

	@Autowired
	private LedgerFixtures fixtures;

	@Autowired
	private ReviewVoteRepository votes;

	@Autowired
	private DeadlineExtensionRepository extensions;

	@Test
	void openCopiesTheFindingUnitTownshipAndDepartment() {
		long round = LedgerFixtures.nextId();
		RectificationItem item = this.fixtures.open(round, "T01V02", "dept-agriculture", "COLLECTIVE_ASSETS",
				"机动地发包未公开");
		assertThat(item.getState()).isEqualTo(ItemState.TO_PLAN);
		assertThat(item.getUnitName()).isEqualTo("石桥村");
		assertThat(item.getUnitGroup()).isEqualTo("village-t01v02");
		assertThat(item.getTownshipCode()).isEqualTo("T01");
		assertThat(item.getTownshipName()).isEqualTo("青山镇");
		assertThat(item.getTownshipGroup()).isEqualTo("township-t01");
		assertThat(item.getSupervisingDeptName()).isEqualTo("农业农村局");
		assertThat(item.getCategoryName()).isEqualTo("集体“三资”管理");
		assertThat(item.getColour()).isEqualTo(WarningColour.NONE);
		assertThat(item.getFindingId()).isEqualTo(item.getId());
	}

	@Test
	void openRefusesASecondItemForTheSameFindingAndUnknownUnitsOrDepartments() {
		RectificationItem item = this.fixtures.open(LedgerFixtures.nextId(), "T01V01", "dept-finance", "INTEGRITY",
				"违规发放补贴");
		assertThatThrownBy(() -> this.ledger.open(new OpenItemCommand(item.getId(), "x", "INTEGRITY", null, 1L, 1L,
				"T01V01", "dept-finance", null, null)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("已有整改事项");
		assertThatThrownBy(() -> this.ledger.open(new OpenItemCommand(LedgerFixtures.nextId(), "x", "INTEGRITY", null,
				1L, 1L, "NOPE", "dept-finance", null, null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("未知被巡察对象");
		assertThatThrownBy(() -> this.ledger.open(new OpenItemCommand(LedgerFixtures.nextId(), "x", "INTEGRITY", null,
				1L, 1L, "T01V01", "dept-nope", null, null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("未知的业务主管部门");
		assertThatThrownBy(() -> this.ledger
			.open(new OpenItemCommand(null, " ", "INTEGRITY", null, 1L, 1L, "T01V01", "dept-finance", null, null)))
			.isInstanceOf(ConstraintViolationException.class)
			.hasMessageContaining("findingId")
			.hasMessageContaining("findingText");
	}

	@Test
	void planMovesTheItemIntoProgressAndValidatesEveryField() {
		RectificationItem item = this.fixtures.open(LedgerFixtures.nextId(), "T02V01", "dept-civil-affairs",
				"ORGANIZATION", "三会一课不规范");
		assertThatThrownBy(
				() -> this.ledger.recordPlan(item.getId(), new RecordPlanCommand(null, "", "123", "短", null, false)))
			.isInstanceOf(ConstraintViolationException.class)
			.hasMessageContaining("responsiblePerson")
			.hasMessageContaining("responsiblePhone")
			.hasMessageContaining("measures")
			.hasMessageContaining("deadline");
		assertThatThrownBy(() -> this.ledger.recordPlan(item.getId(),
				LedgerFixtures.plan("按规定召开三会一课并建立台账", LedgerFixtures.today().minusDays(1))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("早于今天");
		assertThatThrownBy(() -> this.ledger.recordPlan(item.getId(),
				new RecordPlanCommand(null, "李四", "13900000000", "按规定召开三会一课并建立台账",
						LedgerFixtures.today().plusMonths(13), true)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("最长不超过 1 年");
		LocalDate deadline = LedgerFixtures.today().plusDays(40);
		RectificationItem planned = this.ledger.recordPlan(item.getId(),
				LedgerFixtures.plan("按规定召开三会一课并建立台账", deadline));
		assertThat(planned.getState()).isEqualTo(ItemState.IN_PROGRESS);
		assertThat(planned.getDeadline()).isEqualTo(deadline);
		assertThat(planned.getOriginalDeadline()).isEqualTo(deadline);
		assertThat(planned.getResponsibleUnit()).isEqualTo("河西村");
		assertThatThrownBy(
				() -> this.ledger.recordPlan(item.getId(), LedgerFixtures.plan("按规定召开三会一课并建立台账", deadline.plusDays(5))))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("只能通过延期申请变更");
	}

	@Test
	void reviewNeedsEvidenceAndAReturnIsCountedWithItsReasons() {
		RectificationItem item = this.fixtures.inProgress(LedgerFixtures.nextId(), "T01V03", "dept-housing",
				"COLLECTIVE_ASSETS", "危房改造资金拨付滞后", LedgerFixtures.today().plusDays(30));
		ImplementationReport report = new ImplementationReport("资金已拨付到户", BigDecimal.TEN, 1);
		assertThatThrownBy(() -> this.ledger.submitForReview(item.getId(), report))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("上传佐证材料");
		this.fixtures.attachPng(item);
		assertThat(this.ledger.submitForReview(item.getId(), report).getState()).isEqualTo(ItemState.UNDER_REVIEW);

		assertThatThrownBy(() -> this.ledger.recordVote(item.getId(),
				new VoteCommand("discipline", ReviewDecision.RETURN, " ", "discipline-commission")))
			.isInstanceOf(ConstraintViolationException.class)
			.hasMessageContaining("退回时必须填写理由");
		this.ledger.recordVote(item.getId(),
				new VoteCommand("office", ReviewDecision.APPROVE, null, "inspection-office"));
		ReviewOutcome outcome = this.ledger.concludeReview(item.getId(),
				List.of(new VoteCommand("office", ReviewDecision.APPROVE, null, "inspection-office"),
						new VoteCommand("discipline", ReviewDecision.APPROVE, null, "discipline-commission"),
						new VoteCommand("organization", ReviewDecision.RETURN, "缺少公示照片", "organization-dept"),
						new VoteCommand("department", ReviewDecision.APPROVE, null, "dept-housing")));
		assertThat(outcome.result()).isEqualTo(ReviewOutcome.Result.RETURNED);
		assertThat(outcome.returnReasons()).isEqualTo("组织部：缺少公示照片");
		RectificationItem returned = this.ledger.item(item.getId());
		assertThat(returned.getState()).isEqualTo(ItemState.RETURNED);
		assertThat(returned.getReturnCount()).isEqualTo(1);
		assertThat(this.votes.findByItemIdOrderByVotedAtAscIdAsc(item.getId())).hasSize(4)
			.allMatch((vote) -> vote.getReviewRound() == 1);
		assertThatThrownBy(() -> this.ledger.signOff(item.getId())).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("被退回");

		this.ledger.submitForReview(item.getId(), report);
		ReviewOutcome second = this.ledger.concludeReview(item.getId(), allApprove());
		assertThat(second.result()).isEqualTo(ReviewOutcome.Result.APPROVED);
		RectificationItem signedOff = this.ledger.signOff(item.getId());
		assertThat(signedOff.getState()).isEqualTo(ItemState.SIGNED_OFF);
		assertThat(signedOff.getSignedOffOn()).isEqualTo(LedgerFixtures.today());
		assertThat(signedOff.getReviewRound()).isEqualTo(2);
		assertThat(this.votes.findByItemIdAndReviewRound(item.getId(), 2)).hasSize(4);
	}

	@Test
	void aVoteCannotBeChangedAndSignOffNeedsFourApprovals() {
		RectificationItem item = this.fixtures.underReview(LedgerFixtures.nextId(), "T01V04", "dept-finance");
		this.ledger.recordVote(item.getId(),
				new VoteCommand("office", ReviewDecision.APPROVE, null, "inspection-office"));
		assertThatThrownBy(() -> this.ledger.recordVote(item.getId(),
				new VoteCommand("office", ReviewDecision.RETURN, "重新考虑", "inspection-office")))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("不能更改");
		assertThat(this.ledger.concludeReview(item.getId(), List.of()).result())
			.isEqualTo(ReviewOutcome.Result.PENDING);
		assertThatThrownBy(() -> this.ledger.signOff(item.getId())).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("会审各方一致同意");
	}

	@Test
	void anApprovedExtensionMovesTheDeadlineResetsTheColourAndKeepsTheHistory() {
		LocalDate deadline = LedgerFixtures.today().plusDays(5);
		RectificationItem item = this.fixtures.inProgress(LedgerFixtures.nextId(), "T02V02", "dept-water",
				"ORGANIZATION", "水利设施管护不到位", deadline);
		this.ledger.warn(item.getId(), WarningLevel.YELLOW);
		assertThatThrownBy(() -> this.ledger.extendDeadline(item.getId(),
				new ExtensionCommand(deadline.minusDays(1), "天气原因", "village-t02v02", "inspection-office", true, null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("应晚于原期限");
		this.ledger.extendDeadline(item.getId(), new ExtensionCommand(deadline.plusDays(30), "汛期无法施工", "village-t02v02",
				"inspection-office", true, null));
		RectificationItem extended = this.ledger.item(item.getId());
		assertThat(extended.getDeadline()).isEqualTo(deadline.plusDays(30));
		assertThat(extended.getOriginalDeadline()).isEqualTo(deadline);
		assertThat(extended.getColour()).isEqualTo(WarningColour.NONE);
		assertThat(this.extensions.findByItemIdOrderByDecidedAtAscIdAsc(item.getId())).singleElement()
			.satisfies((extension) -> {
				assertThat(extension.getOldDeadline()).isEqualTo(deadline);
				assertThat(extension.getReason()).isEqualTo("汛期无法施工");
				assertThat(extension.getDecidedBy()).isEqualTo("inspection-office");
			});
	}

	@Test
	void redFlagsTheItemAndAdmonishKeepsItRed() {
		RectificationItem item = this.fixtures.inProgress(LedgerFixtures.nextId(), "T03C01", "dept-civil-affairs",
				"INTEGRITY", "低保评审不公开", LedgerFixtures.today().plusDays(3));
		assertThat(this.ledger.warn(item.getId(), WarningLevel.GREEN).isFlagged()).isFalse();
		RectificationItem red = this.ledger.warn(item.getId(), WarningLevel.RED);
		assertThat(red.getColour()).isEqualTo(WarningColour.RED);
		assertThat(red.isFlagged()).isTrue();
		assertThat(this.ledger.warn(item.getId(), WarningLevel.ADMONISH).getColour()).isEqualTo(WarningColour.RED);
		assertThat(this.ledger.warn(item.getId(), WarningLevel.YELLOW).getColour()).as("never lowered")
			.isEqualTo(WarningColour.RED);
		this.ledger.extendDeadline(item.getId(), new ExtensionCommand(item.getDeadline().plusDays(20), "需协调县民政局",
				"village-t03c01", "inspection-office", true, null));
		RectificationItem extended = this.ledger.item(item.getId());
		assertThat(extended.getColour()).isEqualTo(WarningColour.NONE);
		assertThat(extended.isFlagged()).isFalse();
	}

	@Test
	void progressReportsAreValidatedAndKept() {
		RectificationItem item = this.fixtures.inProgress(LedgerFixtures.nextId(), "T03C02", "dept-housing",
				"COLLECTIVE_ASSETS", "老旧小区改造资金管理不规范", LedgerFixtures.today().plusDays(60));
		assertThatThrownBy(
				() -> this.ledger.reportProgress(item.getId(), new ProgressCommand("进展", 101, "village-t03c02")))
			.isInstanceOf(ConstraintViolationException.class)
			.hasMessageContaining("percent");
		assertThat(this.ledger.reportProgress(item.getId(), new ProgressCommand("已完成一半", 50, "village-t03c02"))
			.getPercent()).isEqualTo(50);
	}

	@Test
	void thePlanIsSubmittedReturnedWithAReasonAndApproved() {
		long inspection = LedgerFixtures.nextId();
		PlanSubmission submission = new PlanSubmission("整改方案全文", "王书记", "13700000000");
		RectificationPlan plan = this.ledger.submitPlan(inspection, 7L, "village-t01v05", submission);
		assertThat(plan.getState()).isEqualTo(PlanState.SUBMITTED);
		assertThat(plan.getUnitName()).isEqualTo("大坪村");
		assertThatThrownBy(() -> this.ledger.reviewPlan(inspection, false, " ", "inspection-office"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.ledger.reviewPlan(inspection, false, "措施不具体", "inspection-office").getState())
			.isEqualTo(PlanState.RETURNED);
		this.ledger.submitPlan(inspection, 7L, "village-t01v05", submission);
		RectificationPlan approved = this.ledger.reviewPlan(inspection, true, null, "inspection-office");
		assertThat(approved.getState()).isEqualTo(PlanState.APPROVED);
		assertThat(approved.getReturnCount()).isEqualTo(1);
		this.ledger.recordMeeting(inspection, LedgerFixtures.today(), "对照检查");
		assertThat(this.ledger.recordReport(inspection, "整改报告").getReportSubmittedOn())
			.isEqualTo(LedgerFixtures.today());
	}

	private static List<VoteCommand> allApprove() {
		return List.of(new VoteCommand("office", ReviewDecision.APPROVE, null, "inspection-office"),
				new VoteCommand("discipline", ReviewDecision.APPROVE, null, "discipline-commission"),
				new VoteCommand("organization", ReviewDecision.APPROVE, null, "organization-dept"),
				new VoteCommand("department", ReviewDecision.APPROVE, null, "dept-housing"));
	}

}

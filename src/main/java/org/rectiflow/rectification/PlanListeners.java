package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.rectiflow.common.BusinessDate;

import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * The rectification plan's steps in {@code inspection-round} (sub-process 整改落实), as task
 * listeners on complete. The inspection is {@code inspectionRecordId} (else the business
 * key), the unit {@code villageGroup}, the round {@code roundId}.
 */
final class PlanListeners {

	private PlanListeners() {
	}

	static Long inspectionId(DelegateTask task, ProcessValues values) {
		Long id = values.longValue("inspectionRecordId");
		return (id != null) ? id : ItemKeys.itemId(task.getExecution());
	}

	/** 制定整改方案: the unit submits its plan ({@code planSummary}, secretary and phone). */
	@ProcessBean
	@Component("rectificationPlanSubmitter")
	static class Submitter implements TaskListener {

		private final RectificationLedger ledger;

		private final BusinessDate clock;

		Submitter(RectificationLedger ledger, BusinessDate clock) {
			this.ledger = ledger;
			this.clock = clock;
		}

		@Override
		public void notify(DelegateTask task) {
			ProcessValues values = new ProcessValues(task, this.clock.zone());
			this.ledger.submitPlan(inspectionId(task, values), values.longValue("roundId"),
					values.requiredString("villageGroup"), new PlanSubmission(values.string("planSummary"),
							values.string("secretaryName"), values.string("secretaryPhone")));
		}

	}

	/**
	 * 审核整改方案: the office approves or returns ({@code planDecision},
	 * {@code planReturnReason}).
	 */
	@ProcessBean
	@Component("rectificationPlanReviewer")
	static class Reviewer implements TaskListener {

		private final RectificationLedger ledger;

		private final ProcessActors actors;

		private final BusinessDate clock;

		Reviewer(RectificationLedger ledger, ProcessActors actors, BusinessDate clock) {
			this.ledger = ledger;
			this.actors = actors;
			this.clock = clock;
		}

		@Override
		public void notify(DelegateTask task) {
			ProcessValues values = new ProcessValues(task, this.clock.zone());
			boolean approved = "APPROVE".equals(values.requiredString("planDecision"));
			this.ledger.reviewPlan(inspectionId(task, values), approved, values.string("planReturnReason"),
					this.actors.completing(task.getAssignee()));
		}

	}

	/** 召开专题组织生活会: {@code meetingDate}, {@code meetingSummary}. */
	@ProcessBean
	@Component("rectificationMeetingRecorder")
	static class MeetingRecorder implements TaskListener {

		private final RectificationLedger ledger;

		private final BusinessDate clock;

		MeetingRecorder(RectificationLedger ledger, BusinessDate clock) {
			this.ledger = ledger;
			this.clock = clock;
		}

		@Override
		public void notify(DelegateTask task) {
			ProcessValues values = new ProcessValues(task, this.clock.zone());
			this.ledger.recordMeeting(inspectionId(task, values), values.requiredDate("meetingDate"),
					values.string("meetingSummary"));
		}

	}

	/** 报送整改报告: {@code rectificationReport}. */
	@ProcessBean
	@Component("rectificationReportRecorder")
	static class ReportRecorder implements TaskListener {

		private final RectificationLedger ledger;

		private final BusinessDate clock;

		ReportRecorder(RectificationLedger ledger, BusinessDate clock) {
			this.ledger = ledger;
			this.clock = clock;
		}

		@Override
		public void notify(DelegateTask task) {
			ProcessValues values = new ProcessValues(task, this.clock.zone());
			this.ledger.recordReport(inspectionId(task, values), values.requiredString("rectificationReport"));
		}

	}

}

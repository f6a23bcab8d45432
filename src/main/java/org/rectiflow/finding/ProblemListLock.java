package org.rectiflow.finding;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.InspectionStage;

import org.springframework.stereotype.Component;

/**
 * When an inspection's problem list closes: once the inspection office approved the
 * report (审核巡察报告 → 通过). While the report stage runs, the list is open as long as the
 * process waits at 起草巡察报告 or 审核巡察报告 (a returned report opens it again); after the report
 * stage it is closed for good.
 */
@Component
class ProblemListLock {

	static final List<String> DRAFT_STEPS = List.of("Task_DraftReport", "Task_ReviewReport");

	private final RuntimeService runtime;

	ProblemListLock(RuntimeService runtime) {
		this.runtime = runtime;
	}

	/** Whether the report was approved, so that the problem list can no longer change. */
	boolean approved(Inspection inspection) {
		if (!inspection.getStage().beforeFeedback()) {
			return true;
		}
		if (inspection.getStage() != InspectionStage.REPORT || inspection.getProcessInstanceId() == null) {
			return false;
		}
		try {
			List<String> active = this.runtime.getActiveActivityIds(inspection.getProcessInstanceId());
			return active.stream().noneMatch(DRAFT_STEPS::contains);
		}
		catch (ProcessEngineException ex) {
			// the process has ended or is gone: the stage decides
			return false;
		}
	}

	/**
	 * Refuses a change to the problem list after the report was approved.
	 * @throws RuleViolationException (409)
	 */
	void requireOpen(Inspection inspection) {
		FindingRules.requireDraft(inspection);
		if (approved(inspection)) {
			throw new RuleViolationException("巡察报告已审核通过，问题清单和巡察记录不能再修改 / "
					+ "The report was approved: the problem list and the on-site log can no longer change");
		}
	}

}

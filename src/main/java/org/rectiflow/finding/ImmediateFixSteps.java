package org.rectiflow.finding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.VariableValues;
import org.rectiflow.round.ImmediateFixRecorder;
import org.rectiflow.round.VerifiedFix;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a fix on the spot as its occurrence of the 立行立改 event sub-process moves, in the
 * engine's transaction ({@link Propagation#MANDATORY}); the tasks name these steps as
 * complete listeners (see {@link ImmediateFixListeners}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ImmediateFixSteps implements ImmediateFixRecorder {

	private final ImmediateFixRepository fixes;

	private final BusinessDate dates;

	ImmediateFixSteps(ImmediateFixRepository fixes, BusinessDate dates) {
		this.fixes = fixes;
		this.dates = dates;
	}

	/** 下发立行立改通知 done: the notice and its deadline. */
	void noticed(DelegateTask task) {
		fix(task).noticed(text(task, "fixNoticeText"),
				VariableValues.date("fixDeadline", task.getVariable("fixDeadline"), this.dates.zone()));
	}

	/** 村(社区)立行立改 done: the village's report. */
	void reported(DelegateTask task) {
		fix(task).fixed(text(task, "fixReport"),
				VariableValues.money("fixMoneyRecoveredYuan", task.getVariable("fixMoneyRecoveredYuan")));
	}

	/**
	 * 核实整改情况 done: a return goes back to the village (approval is recorded by
	 * roundRecorder).
	 */
	void checked(DelegateTask task) {
		ImmediateFix fix = fix(task);
		if ("RETURN".equals(text(task, "fixDecision"))) {
			fix.rejected(text(task, "fixReturnReason"));
		}
	}

	@Override
	public void verified(String inspectionBusinessKey, long immediateFixId, VerifiedFix verified) {
		fix(inspectionBusinessKey, immediateFixId).verified(verified.noticeText(), verified.deadline(),
				verified.report(), verified.moneyRecoveredYuan(), verified.verifiedOn());
	}

	private ImmediateFix fix(String inspectionBusinessKey, long id) {
		ImmediateFix fix = this.fixes.findById(id).orElseThrow(() -> new RecordNotFoundException("立行立改", id));
		if (!String.valueOf(fix.getInspectionId()).equals(inspectionBusinessKey)) {
			throw new IllegalStateException(
					"立行立改 " + id + " 不属于巡察 " + inspectionBusinessKey + " / The fix belongs to another inspection");
		}
		return fix;
	}

	private ImmediateFix fix(DelegateTask task) {
		String id = text(task, "immediateFixId");
		if (id == null || !id.matches("[0-9]{1,18}")) {
			throw new IllegalArgumentException("immediateFixId is missing or no id: " + id);
		}
		return fix(task.getExecution().getProcessBusinessKey(), Long.parseLong(id));
	}

	private static String text(DelegateTask task, String name) {
		return VariableValues.text(name, task.getVariable(name));
	}

}

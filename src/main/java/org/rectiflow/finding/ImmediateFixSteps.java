package org.rectiflow.finding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.VariableValues;
import org.rectiflow.round.ImmediateFixRecorder;
import org.rectiflow.round.VerifiedFix;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a fix on the spot as its occurrence of the process moves, in the engine's
 * transaction ({@link Propagation#MANDATORY}).
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

	void on(FixHook hook, DelegateExecution execution) {
		if (execution.isCanceled()) {
			return;
		}
		ImmediateFix fix = fix(execution.getProcessBusinessKey(), idOf(execution));
		switch (hook) {
			case NOTICE_ISSUED -> fix.noticed(text(execution, "fixNoticeText"),
					VariableValues.date("fixDeadline", execution.getVariable("fixDeadline"), this.dates.zone()));
			case FIX_REPORTED -> fix.fixed(text(execution, "fixReport"),
					VariableValues.money("fixMoneyRecoveredYuan", execution.getVariable("fixMoneyRecoveredYuan")));
			case FIX_CHECKED -> {
				if ("RETURN".equals(text(execution, "fixDecision"))) {
					fix.rejected(text(execution, "fixReturnReason"));
				}
			}
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

	private static long idOf(DelegateExecution execution) {
		String id = text(execution, "immediateFixId");
		if (id == null || !id.matches("[0-9]{1,18}")) {
			throw new IllegalArgumentException("immediateFixId is missing or no id: " + id);
		}
		return Long.parseLong(id);
	}

	private static String text(DelegateExecution execution, String name) {
		return VariableValues.text(name, execution.getVariable(name));
	}

}

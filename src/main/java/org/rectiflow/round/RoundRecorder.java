package org.rectiflow.round;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.VariableValues;
import org.rectiflow.common.ProcessBean;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import static org.rectiflow.round.InspectionVariables.ACCOUNTABILITY_PROPOSED;
import static org.rectiflow.round.InspectionVariables.EVALUATION_VERDICT;
import static org.rectiflow.round.InspectionVariables.RECTIFICATION_CLOSED_DATE;
import static org.rectiflow.round.InspectionVariables.RECTIFICATION_GRADE;
import static org.rectiflow.round.InspectionVariables.SIGN_OFF_OPINION;
import static org.rectiflow.round.InspectionVariables.TALK_DATE;

/**
 * Bean {@code roundRecorder} of docs/process-variables.md §4, input {@code event}:
 * IMMEDIATE_FIX_VERIFIED records a verified fix on the spot; RECTIFICATION_CLOSED records
 * how the unit's rectification ended and sets {@code rectificationClosedDate}. Runs in
 * the job's transaction; idempotent.
 */
@ProcessBean
@Component("roundRecorder")
class RoundRecorder implements JavaDelegate {

	static final String EVENT = "event";

	private final InspectionProgress progress;

	private final ObjectProvider<ImmediateFixRecorder> fixes;

	private final BusinessDate dates;

	RoundRecorder(InspectionProgress progress, ObjectProvider<ImmediateFixRecorder> fixes, BusinessDate dates) {
		this.progress = progress;
		this.fixes = fixes;
		this.dates = dates;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String event = VariableValues.text(EVENT, execution.getVariable(EVENT));
		if ("IMMEDIATE_FIX_VERIFIED".equals(event)) {
			fixVerified(execution);
		}
		else if ("RECTIFICATION_CLOSED".equals(event)) {
			rectificationClosed(execution);
		}
		else {
			throw new IllegalArgumentException("roundRecorder: unknown event '" + event
					+ "'; expected IMMEDIATE_FIX_VERIFIED or RECTIFICATION_CLOSED");
		}
	}

	private void fixVerified(DelegateExecution execution) {
		String id = VariableValues.text("immediateFixId", execution.getVariable("immediateFixId"));
		if (id == null || !id.matches("[0-9]{1,18}")) {
			throw new IllegalArgumentException("roundRecorder: immediateFixId is missing or no id: " + id);
		}
		ImmediateFixRecorder recorder = this.fixes.getIfAvailable();
		if (recorder == null) {
			throw new IllegalStateException("No module records fixes on the spot (ImmediateFixRecorder)");
		}
		recorder
			.verified(execution.getProcessBusinessKey(), Long.parseLong(id),
					new VerifiedFix(VariableValues.text("fixNoticeText", execution.getVariable("fixNoticeText")),
							VariableValues.date("fixDeadline", execution.getVariable("fixDeadline"), this.dates.zone()),
							VariableValues.text("fixReport", execution.getVariable("fixReport")), VariableValues
								.money("fixMoneyRecoveredYuan", execution.getVariable("fixMoneyRecoveredYuan")),
							this.dates.today()));
	}

	private void rectificationClosed(DelegateExecution execution) {
		String verdict = VariableValues.text(EVALUATION_VERDICT, execution.getVariable(EVALUATION_VERDICT));
		String grade = VariableValues.text(RECTIFICATION_GRADE, execution.getVariable(RECTIFICATION_GRADE));
		EvaluationVerdict evaluation = (verdict != null) ? EvaluationVerdict.valueOf(verdict) : null;
		Date now = ClockUtil.getCurrentTime();
		this.progress.rectificationClosed(execution.getProcessBusinessKey(),
				new ClosedRectification(evaluation,
						(grade != null && evaluation != EvaluationVerdict.POOR) ? RectificationGrade.valueOf(grade)
								: null,
						VariableValues.text(SIGN_OFF_OPINION, execution.getVariable(SIGN_OFF_OPINION)),
						VariableValues.date(TALK_DATE, execution.getVariable(TALK_DATE), this.dates.zone()),
						VariableValues.flag(ACCOUNTABILITY_PROPOSED, execution.getVariable(ACCOUNTABILITY_PROPOSED)),
						LocalDate.ofInstant(now.toInstant(), this.dates.zone())));
		execution.setVariable(RECTIFICATION_CLOSED_DATE, now);
	}

}

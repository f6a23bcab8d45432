package org.rectiflow.round;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.VariableValues;
import org.rectiflow.unit.UnitPriority;

import org.springframework.stereotype.Component;

import static org.rectiflow.round.InspectionVariables.AUDIT_MODE;
import static org.rectiflow.round.InspectionVariables.FEEDBACK_DATE;
import static org.rectiflow.round.InspectionVariables.INSPECTION_MODE;
import static org.rectiflow.round.InspectionVariables.IS_KEY_UNIT;
import static org.rectiflow.round.InspectionVariables.ONSITE_END_DATE;
import static org.rectiflow.round.InspectionVariables.ONSITE_START_DATE;
import static org.rectiflow.round.InspectionVariables.TEAM_GROUP;
import static org.rectiflow.round.InspectionVariables.TEAM_LEADER_NAME;
import static org.rectiflow.round.InspectionVariables.TEAM_LEADER_PHONE;

/**
 * Keeps the inspection record in step with its process, in the engine's transaction: a
 * failure here fails the engine step, and the step's rollback undoes the record change.
 */
@Component
class InspectionStageListener {

	private final InspectionProgress progress;

	private final BusinessDate dates;

	InspectionStageListener(InspectionProgress progress, BusinessDate dates) {
		this.progress = progress;
		this.dates = dates;
	}

	void on(StageHook hook, DelegateExecution execution) {
		if (execution.isCanceled()) {
			return;
		}
		String key = execution.getProcessBusinessKey();
		LocalDate today = this.dates.today();
		switch (hook) {
			case PLAN_CONFIRMED -> this.progress.planConfirmed(key, confirmedPlan(execution));
			case ONSITE_STARTED -> this.progress.onsiteStarted(key, today);
			case ONSITE_ENDED -> this.progress.onsiteEnded(key, orToday(date(execution, ONSITE_END_DATE), today));
			case FEEDBACK_DUE -> this.progress.advance(key, InspectionStage.FEEDBACK);
			case FEEDBACK_GIVEN -> this.progress.feedbackGiven(key, orToday(date(execution, FEEDBACK_DATE), today));
			case TRANSFER_STARTED -> this.progress.advance(key, InspectionStage.TRANSFER);
			case RECTIFICATION_STARTED -> this.progress.advance(key, InspectionStage.RECTIFICATION);
			case EVALUATION_STARTED -> this.progress.advance(key, InspectionStage.EVALUATION);
			case FOLLOW_UP_STARTED -> this.progress.advance(key, InspectionStage.FOLLOW_UP);
			case ROUND_CLOSED -> this.progress.advance(key, InspectionStage.CLOSED);
		}
	}

	private ConfirmedPlan confirmedPlan(DelegateExecution execution) {
		String mode = required(execution, INSPECTION_MODE);
		String auditMode = required(execution, AUDIT_MODE);
		String team = required(execution, TEAM_GROUP);
		LocalDate entry = date(execution, ONSITE_START_DATE);
		if (entry == null) {
			throw new IllegalArgumentException("请填写计划进驻日期 / onsiteStartDate is required");
		}
		Boolean key = VariableValues.flag(IS_KEY_UNIT, execution.getVariable(IS_KEY_UNIT));
		return new ConfirmedPlan(InspectionMode.fromProcessValue(mode), AuditMode.fromProcessValue(auditMode), team,
				entry, Boolean.TRUE.equals(key) ? UnitPriority.KEY : UnitPriority.ORDINARY,
				VariableValues.text(TEAM_LEADER_NAME, execution.getVariable(TEAM_LEADER_NAME)),
				VariableValues.text(TEAM_LEADER_PHONE, execution.getVariable(TEAM_LEADER_PHONE)));
	}

	private static String required(DelegateExecution execution, String name) {
		String value = VariableValues.text(name, execution.getVariable(name));
		if (value == null) {
			throw new IllegalArgumentException("缺少流程变量 / Missing process variable " + name);
		}
		return value;
	}

	private LocalDate date(DelegateExecution execution, String name) {
		return VariableValues.date(name, execution.getVariable(name), this.dates.zone());
	}

	private static LocalDate orToday(LocalDate date, LocalDate today) {
		return (date != null) ? date : today;
	}

}

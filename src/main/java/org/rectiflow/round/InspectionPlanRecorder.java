package org.rectiflow.round;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.VariableValues;
import org.rectiflow.unit.UnitPriority;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

import static org.rectiflow.round.InspectionVariables.AUDIT_MODE;
import static org.rectiflow.round.InspectionVariables.INSPECTION_MODE;
import static org.rectiflow.round.InspectionVariables.IS_KEY_UNIT;
import static org.rectiflow.round.InspectionVariables.ONSITE_START_DATE;
import static org.rectiflow.round.InspectionVariables.TEAM_GROUP;
import static org.rectiflow.round.InspectionVariables.TEAM_LEADER_NAME;
import static org.rectiflow.round.InspectionVariables.TEAM_LEADER_PHONE;

/**
 * Bean {@code inspectionPlanRecorder}: complete listener of {@code Task_PlanInspection}
 * (制定巡察工作方案). The office may change in the form what was planned through the API; the
 * record takes the plan as confirmed (mode, audit coordination, team, entry date, key
 * unit, team leader) and enters 巡前通报. An unknown team group fails the completion and
 * leaves the task open.
 */
@ProcessBean
@Component("inspectionPlanRecorder")
class InspectionPlanRecorder implements TaskListener {

	private final InspectionProgress progress;

	private final BusinessDate dates;

	InspectionPlanRecorder(InspectionProgress progress, BusinessDate dates) {
		this.progress = progress;
		this.dates = dates;
	}

	@Override
	public void notify(DelegateTask task) {
		LocalDate entry = VariableValues.date(ONSITE_START_DATE, task.getVariable(ONSITE_START_DATE),
				this.dates.zone());
		if (entry == null) {
			throw new InvalidInputException("请填写计划进驻日期 / onsiteStartDate is required");
		}
		Boolean key = VariableValues.flag(IS_KEY_UNIT, task.getVariable(IS_KEY_UNIT));
		this.progress.planConfirmed(task.getExecution().getProcessBusinessKey(),
				new ConfirmedPlan(InspectionMode.fromProcessValue(required(task, INSPECTION_MODE)),
						AuditMode.fromProcessValue(required(task, AUDIT_MODE)), required(task, TEAM_GROUP), entry,
						Boolean.TRUE.equals(key) ? UnitPriority.KEY : UnitPriority.ORDINARY,
						VariableValues.text(TEAM_LEADER_NAME, task.getVariable(TEAM_LEADER_NAME)),
						VariableValues.text(TEAM_LEADER_PHONE, task.getVariable(TEAM_LEADER_PHONE))));
	}

	private static String required(DelegateTask task, String name) {
		String value = VariableValues.text(name, task.getVariable(name));
		if (value == null) {
			throw new InvalidInputException("缺少流程变量 / Missing process variable " + name);
		}
		return value;
	}

}

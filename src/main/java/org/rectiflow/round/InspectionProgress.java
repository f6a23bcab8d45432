package org.rectiflow.round;

import java.time.LocalDate;

import org.rectiflow.common.BusinessKeys;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.Departments;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.unit.UnitRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state changes of an inspection, made only by the delegates and listeners of its
 * process, inside the engine's transaction ({@link Propagation#MANDATORY}): a change
 * without a running transaction is a bug. Package-private on purpose: nothing else may
 * move an inspection around its process.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class InspectionProgress {

	private final InspectionRepository inspections;

	private final UnitRegistry units;

	private final Departments departments;

	InspectionProgress(InspectionRepository inspections, UnitRegistry units, Departments departments) {
		this.inspections = inspections;
		this.units = units;
		this.departments = departments;
	}

	Inspection advance(String businessKey, InspectionStage stage) {
		Inspection inspection = byBusinessKey(businessKey);
		inspection.advanceTo(stage);
		return inspection;
	}

	/** The team entered (进驻): the unit's last inspection date becomes this day. */
	Inspection onsiteStarted(String businessKey, LocalDate date) {
		Inspection inspection = byBusinessKey(businessKey);
		inspection.onsiteStarted(date);
		this.units.recordInspectionIfLater(inspection.getUnitCode(), date);
		return inspection;
	}

	Inspection onsiteEnded(String businessKey, LocalDate date) {
		Inspection inspection = byBusinessKey(businessKey);
		inspection.onsiteEnded(date);
		return inspection;
	}

	/** Feedback given (反馈): starts the rectification clock. */
	Inspection feedbackGiven(String businessKey, LocalDate date) {
		Inspection inspection = byBusinessKey(businessKey);
		inspection.feedbackGiven(date);
		return inspection;
	}

	/** The office confirmed the plan (form plan-inspection): the record takes it. */
	Inspection planConfirmed(String businessKey, ConfirmedPlan plan) {
		if (!GroupIds.isTeam(plan.teamGroupId()) || this.departments.find(plan.teamGroupId()).isEmpty()) {
			throw new InvalidInputException("巡察组用户组 " + plan.teamGroupId()
					+ " 不存在，请填写如 inspection-team-1 的巡察组 / No such team group: " + plan.teamGroupId());
		}
		Inspection inspection = byBusinessKey(businessKey);
		inspection.planConfirmed(plan);
		return inspection;
	}

	Inspection rectificationClosed(String businessKey, ClosedRectification closure) {
		Inspection inspection = byBusinessKey(businessKey);
		inspection.rectificationClosed(closure);
		return inspection;
	}

	private Inspection byBusinessKey(String businessKey) {
		long id = BusinessKeys.toId(businessKey);
		return this.inspections.findById(id).orElseThrow(() -> new RecordNotFoundException("巡察", businessKey));
	}

}

package org.rectiflow.round;

import java.util.Set;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.Departments;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans the inspection of a unit: creates the {@link Inspection} and starts its process
 * {@code inspection-round} (business key = the inspection's id) in one transaction, so
 * that there is never one without the other.
 */
@Service
public class InspectionPlanner {

	private final InspectionRepository inspections;

	private final InspectionRoundRepository rounds;

	private final Units units;

	private final Departments departments;

	private final ChecklistCatalogue checklist;

	private final InspectionProcess process;

	private final BusinessDate dates;

	InspectionPlanner(InspectionRepository inspections, InspectionRoundRepository rounds, Units units,
			Departments departments, ChecklistCatalogue checklist, InspectionProcess process, BusinessDate dates) {
		this.inspections = inspections;
		this.rounds = rounds;
		this.units = units;
		this.departments = departments;
		this.checklist = checklist;
		this.process = process;
		this.dates = dates;
	}

	/**
	 * Plans an inspection and starts its process.
	 * @param plan what the office decided
	 * @param user the caller; must be the inspection office
	 * @return the saved inspection, with its process instance id
	 */
	@Transactional
	public Inspection plan(PlanInspection plan, CurrentUser user) {
		if (!user.isInspectionOffice()) {
			throw new AccessRefusedException("只有巡察办可以安排巡察 / Only the inspection office plans inspections");
		}
		InspectionRound round = this.rounds.findById(plan.roundId())
			.orElseThrow(() -> new RecordNotFoundException("巡察轮次", plan.roundId()));
		if (round.getState() != RoundState.OPEN) {
			throw new RuleViolationException("巡察轮次「" + round.getName() + "」已结束，不能再安排巡察 / The round is closed");
		}
		InspectedUnit unit = this.units.byCode(plan.unitCode())
			.orElseThrow(() -> new RecordNotFoundException("被巡察单位", plan.unitCode()));
		if (this.inspections.existsByRoundAndUnitId(round, unit.getId())) {
			throw new RuleViolationException(
					"本轮已安排对「" + unit.getName() + "」的巡察 / " + unit.getCode() + " is already planned in this round");
		}
		if (this.departments.find(plan.teamGroupId()).isEmpty()) {
			throw new IllegalArgumentException(
					"没有巡察组 " + plan.teamGroupId() + " / No such team: " + plan.teamGroupId());
		}
		if (plan.plannedEntryOn().isBefore(this.dates.today())) {
			throw new IllegalArgumentException("计划进驻日期不能早于今天 / The planned entry date must not be in the past");
		}
		round.useChecklistVersion(this.checklist.current().getId());
		Long version = round.getChecklistVersionId();
		Set<Long> items = (plan.checklistItemIds() != null) ? plan.checklistItemIds()
				: this.checklist.defaultSelection(version, unit.getCategories());
		this.checklist.require(version, items);
		InspectionMode mode = (plan.mode() != null) ? plan.mode() : InspectionMode.defaultFor(unit.getPriority());
		Inspection inspection = this.inspections.saveAndFlush(new Inspection(round, unit, mode, plan.teamGroupId(),
				plan.auditMode(), plan.plannedEntryOn(), items, user.userId(), this.dates.now()));
		inspection.useChecklistVersion(version);
		inspection.started(this.process.start(inspection, unit));
		return inspection;
	}

}

package org.rectiflow.round;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.rectiflow.identity.CurrentUser;
import org.rectiflow.support.TestClock;
import org.rectiflow.support.Unique;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitCategory;
import org.rectiflow.unit.UnitKind;
import org.rectiflow.unit.UnitPriority;
import org.rectiflow.unit.UnitRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records for tests of every module: a fresh unit (with its demo user), a round and a
 * planned inspection, and stage changes as the process's delegates would make them.
 */
@Component
public class RoundFixtures {

	public static final CurrentUser OFFICE = new CurrentUser("inspection-office", Set.of("inspection-office"));

	private final UnitRegistry units;

	private final Rounds rounds;

	private final InspectionPlanner planner;

	private final InspectionProgress progress;

	private final TransactionTemplate transaction;

	RoundFixtures(UnitRegistry units, Rounds rounds, InspectionPlanner planner, InspectionProgress progress,
			TransactionTemplate transaction) {
		this.units = units;
		this.rounds = rounds;
		this.planner = planner;
		this.progress = progress;
		this.transaction = transaction;
	}

	/** A new village of township T01 (青山镇); its group and demo user exist. */
	public InspectedUnit village(String name, UnitPriority priority, UnitCategory... categories) {
		Set<UnitCategory> set = (categories.length == 0) ? EnumSet.noneOf(UnitCategory.class)
				: EnumSet.of(categories[0], categories);
		return this.units.registerVillage("T01", Unique.code("V"), name, UnitKind.VILLAGE, priority, set);
	}

	public InspectionRound round() {
		return this.rounds.create(
				new Rounds.RoundForm(Unique.code("第一轮巡察-"), 2021, 2026, TestClock.today().minusDays(1), null), OFFICE);
	}

	/** An inspection of a new village by the given team, with its process started. */
	public Inspection inspection(String teamGroupId) {
		return inspection(round(), village("测试村", UnitPriority.ORDINARY), teamGroupId);
	}

	public Inspection inspection(InspectionRound round, InspectedUnit unit, String teamGroupId) {
		return this.planner.plan(new PlanInspection(round.getId(), unit.getCode(), null, teamGroupId,
				AuditMode.AUDIT_ALONGSIDE, TestClock.today().plusDays(10), null), OFFICE);
	}

	/** Moves an inspection as far as feedback, as the process would. */
	public void feedbackGiven(Inspection inspection) {
		this.transaction.executeWithoutResult((status) -> {
			String key = String.valueOf(inspection.getId());
			this.progress.onsiteStarted(key, TestClock.today().minusDays(20));
			this.progress.onsiteEnded(key, TestClock.today().minusDays(5));
			this.progress.feedbackGiven(key, TestClock.today());
		});
	}

}

package org.rectiflow.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rectiflow.identity.CurrentUser;
import org.rectiflow.unit.UnitScope;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress of inspected units through the stages of DOMAIN.md, for the console's
 * round and unit pages, within the caller's scope (the rule of
 * {@link Inspection#readableBy}).
 */
@Service
@Transactional(readOnly = true)
public class RoundProgress {

	private final InspectionRoundRepository rounds;

	private final InspectionRepository inspections;

	RoundProgress(InspectionRoundRepository rounds, InspectionRepository inspections) {
		this.rounds = rounds;
		this.inspections = inspections;
	}

	/** Every round, newest first (rounds are few and everybody may read them). */
	public List<RoundSummary> rounds() {
		return this.rounds.findAll(Sort.by(Sort.Direction.DESC, "startsOn", "id"))
			.stream()
			.map(RoundSummary::of)
			.toList();
	}

	public Optional<RoundSummary> round(long id) {
		return this.rounds.findById(id).map(RoundSummary::of);
	}

	/** The inspections of a round the caller may read, by unit code. */
	public List<UnitProgress> ofRound(long roundId, CurrentUser user) {
		Specification<Inspection> ofRound = (root, query, cb) -> cb.equal(root.get("round").get("id"), roundId);
		return list(ofRound.and(readableBy(user)), Sort.by("scope.unitCode", "id"));
	}

	/** The inspections of a unit the caller may read, newest first. */
	public List<UnitProgress> ofUnit(String unitCode, CurrentUser user) {
		Specification<Inspection> ofUnit = (root, query, cb) -> cb.equal(root.get("scope").get("unitCode"), unitCode);
		return list(ofUnit.and(readableBy(user)), Sort.by(Sort.Direction.DESC, "id"));
	}

	/** The stages in order, as the pages show them as columns. */
	public static List<InspectionStage> stages() {
		return List.of(InspectionStage.values());
	}

	private List<UnitProgress> list(Specification<Inspection> specification, Sort sort) {
		return this.inspections.findAll(specification, sort).stream().map(UnitProgress::of).toList();
	}

	private static Specification<Inspection> readableBy(CurrentUser user) {
		return (root, query, cb) -> {
			if (user.readsAll()) {
				return cb.conjunction();
			}
			return UnitScope.inGroups(cb, root, user.groups());
		};
	}

	/** A round as the console lists it. */
	public record RoundSummary(Long id, String name, int termStartYear, int termEndYear, LocalDate startsOn,
			LocalDate endsOn, String stateLabel) {

		static RoundSummary of(InspectionRound round) {
			return new RoundSummary(round.getId(), round.getName(), round.getTermStartYear(), round.getTermEndYear(),
					round.getStartsOn(), round.getEndsOn(), round.getState().label());
		}

	}

	/**
	 * One unit's inspection in a round and the stage it reached.
	 *
	 * @param stageIndex the stage's position in {@link #stages()} (0 = 巡察准备)
	 */
	public record UnitProgress(Long inspectionId, Long roundId, String roundName, String unitCode, String unitName,
			String townshipGroupId, String teamGroupId, String modeLabel, InspectionStage stage, String stageLabel,
			int stageIndex, LocalDate plannedEntryOn, LocalDate onsiteStartOn, LocalDate feedbackOn, String gradeLabel,
			LocalDate rectificationClosedOn) {

		static UnitProgress of(Inspection inspection) {
			return new UnitProgress(inspection.getId(), inspection.getRound().getId(), inspection.getRound().getName(),
					inspection.getUnitCode(), inspection.getUnitName(), inspection.getTownshipGroupId(),
					inspection.getTeamGroupId(), inspection.getMode().label(), inspection.getStage(),
					inspection.getStage().label(), inspection.getStage().ordinal(), inspection.getPlannedEntryOn(),
					inspection.getOnsiteStartOn(), inspection.getFeedbackOn(),
					(inspection.getGrade() != null) ? inspection.getGrade().label() : null,
					inspection.getRectificationClosedOn());
		}

	}

}

package org.rectiflow.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation results for other modules' pages (the unit page, the dashboard): the latest
 * evaluation of a unit and the county's average. Aggregates only; no answer, no comment.
 * Include them with the fragments in {@code templates/evaluation/fragments.html}.
 */
@Service("evaluationResults")
@Transactional(readOnly = true)
public class EvaluationResults {

	private final EvaluationRepository evaluations;

	EvaluationResults(EvaluationRepository evaluations) {
		this.evaluations = evaluations;
	}

	/**
	 * The latest evaluation of a unit, by the unit's group ({@code village-t01v01}).
	 */
	public Optional<UnitResult> latestForUnit(String unitGroup) {
		if (unitGroup == null) {
			return Optional.empty();
		}
		return this.evaluations.findFirstByVillageGroupOrderByOpenedAtDescIdDesc(unitGroup).map(UnitResult::of);
	}

	/** The same, if {@code user} may read the unit's records; otherwise empty. */
	public Optional<UnitResult> latestForUnit(String unitGroup, CurrentUser user) {
		return latestForUnit(unitGroup)
			.filter((result) -> user.canRead(result.unitGroup(), result.townshipGroup(), null));
	}

	/**
	 * The county: over the latest closed evaluation of each unit, the average
	 * satisfaction score and how many were GOOD, FAIR, POOR.
	 */
	public CountySummary county() {
		Map<String, Evaluation> latest = new HashMap<>();
		for (Evaluation evaluation : this.evaluations.findByStateOrderByClosedAtDescIdDesc(EvaluationState.CLOSED)) {
			latest.putIfAbsent((evaluation.getVillageGroup() != null) ? evaluation.getVillageGroup()
					: evaluation.getInspectionKey(), evaluation);
		}
		int good = 0;
		int fair = 0;
		int poor = 0;
		double sum = 0;
		for (Evaluation evaluation : latest.values()) {
			sum += (evaluation.getSatisfactionScore() != null) ? evaluation.getSatisfactionScore() : 0;
			switch (String.valueOf(evaluation.getVerdict())) {
				case "GOOD" -> good++;
				case "FAIR" -> fair++;
				case "POOR" -> poor++;
				default -> {
				}
			}
		}
		int evaluated = latest.size();
		return new CountySummary(evaluated, (evaluated == 0) ? 0 : Math.round(sum * 10 / evaluated) / 10.0, good, fair,
				poor);
	}

	/** The result of a unit's latest evaluation (verdict and score only once closed). */
	public record UnitResult(Long evaluationId, String unitName, String unitGroup, String townshipGroup,
			EvaluationState state, String stateLabel, LocalDate closesOn, Instant closedAt, Integer answerCount,
			Double satisfactionScore, String verdict, String verdictLabel) {

		static UnitResult of(Evaluation evaluation) {
			return new UnitResult(evaluation.getId(), evaluation.getUnitName(), evaluation.getVillageGroup(),
					evaluation.getTownshipGroup(), evaluation.getState(), evaluation.getState().label(),
					evaluation.getClosesOn(), evaluation.getClosedAt(), evaluation.getAnswerCount(),
					evaluation.getSatisfactionScore(), evaluation.getVerdict(),
					EvaluationResults.verdictLabel(evaluation.getVerdict()));
		}

	}

	/**
	 * @param evaluated units with a closed evaluation (latest per unit)
	 * @param averageSatisfaction their mean satisfaction score in percent
	 */
	public record CountySummary(int evaluated, double averageSatisfaction, int good, int fair, int poor) {
	}

	static String verdictLabel(String verdict) {
		if (verdict == null) {
			return null;
		}
		return switch (verdict) {
			case "GOOD" -> "好";
			case "FAIR" -> "较好";
			case "POOR" -> "差";
			default -> verdict;
		};
	}

}

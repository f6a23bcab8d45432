package org.rectiflow.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of an evaluation's answers: count, per dimension the average and the
 * distribution of scores 1–5, and the share of villagers satisfied or better (overall
 * score ≥ 4, 满意 or 非常满意).
 *
 * @param count answers
 * @param dimensions per dimension, in questionnaire order
 * @param satisfiedCount answers whose overall score is 4 or 5
 * @param satisfiedShare {@code satisfiedCount / count} (0 when there is no answer)
 * @param satisfactionScore the satisfied share in percent, one decimal (满意度, 0–100): the
 * score sent into the round as {@code satisfactionScore}
 * @param overallAverage the mean of every score of every answer (1–5, two decimals)
 */
public record Aggregation(int count, List<DimensionResult> dimensions, int satisfiedCount, double satisfiedShare,
		double satisfactionScore, double overallAverage) {

	/** The score from which an overall answer counts as satisfied (满意). */
	public static final int SATISFIED_FROM = 4;

	/**
	 * One dimension's numbers.
	 *
	 * @param distribution how many answers gave 1, 2, 3, 4, 5 (index 0 = score 1)
	 */
	public record DimensionResult(String key, String label, double average, List<Integer> distribution) {

		/** The share of answers with this score, in percent (for the bars of a page). */
		public double percent(int score) {
			int total = this.distribution.stream().mapToInt(Integer::intValue).sum();
			return (total == 0) ? 0 : Math.round(this.distribution.get(score - 1) * 1000.0 / total) / 10.0;
		}

	}

	/**
	 * Aggregates answers, each the scores in questionnaire order.
	 */
	static Aggregation of(Questionnaire questionnaire, List<int[]> answers) {
		int dimensions = questionnaire.dimensions().size();
		int overall = questionnaire.overallIndex();
		long[] sums = new long[dimensions];
		int[][] counts = new int[dimensions][5];
		int satisfied = 0;
		long total = 0;
		for (int[] scores : answers) {
			if (scores.length != dimensions) {
				throw new IllegalStateException("答卷与问卷维度数不一致 / answer does not fit the questionnaire");
			}
			for (int d = 0; d < dimensions; d++) {
				sums[d] += scores[d];
				counts[d][scores[d] - 1]++;
				total += scores[d];
			}
			if (scores[overall] >= SATISFIED_FROM) {
				satisfied++;
			}
		}
		int count = answers.size();
		List<DimensionResult> results = new ArrayList<>();
		for (int d = 0; d < dimensions; d++) {
			Questionnaire.Dimension dimension = questionnaire.dimensions().get(d);
			List<Integer> distribution = new ArrayList<>();
			for (int score = 0; score < 5; score++) {
				distribution.add(counts[d][score]);
			}
			results.add(new DimensionResult(dimension.key(), dimension.label(),
					(count == 0) ? 0 : round(sums[d] / (double) count, 100), List.copyOf(distribution)));
		}
		double share = (count == 0) ? 0 : satisfied / (double) count;
		return new Aggregation(count, List.copyOf(results), satisfied, share,
				(count == 0) ? 0 : round(satisfied * 100.0 / count, 10),
				(count == 0) ? 0 : round(total / (double) (count * dimensions), 100));
	}

	private static double round(double value, int scale) {
		return Math.round(value * scale) / (double) scale;
	}

}

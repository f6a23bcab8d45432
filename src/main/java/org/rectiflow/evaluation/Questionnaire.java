package org.rectiflow.evaluation;

import java.util.List;

/**
 * The questions of one evaluation, kept with it as it was opened: later changes to the
 * default questionnaire (settings) do not alter an open evaluation.
 *
 * @param dimensions the scored dimensions, each 1–5, in the order asked and stored
 * @param commentMaxLength the longest comment accepted (0: no comment field)
 */
public record Questionnaire(List<Dimension> dimensions, int commentMaxLength) {

	/** The dimension whose score decides "satisfied" (满意): {@code overall}. */
	public static final String OVERALL = "overall";

	public Questionnaire {
		dimensions = List.copyOf(dimensions);
		if (dimensions.isEmpty() || dimensions.size() > 20) {
			throw new IllegalArgumentException("问卷须有 1 至 20 个维度 / 1 to 20 dimensions");
		}
		if (dimensions.stream().map(Dimension::key).distinct().count() != dimensions.size()) {
			throw new IllegalArgumentException("问卷维度重复 / duplicate dimension keys");
		}
		if (commentMaxLength < 0 || commentMaxLength > 2000) {
			throw new IllegalArgumentException("意见长度上限须在 0–2000 之间 / comment max length 0–2000");
		}
	}

	/** The index of the overall dimension, or of the last one when none is so named. */
	public int overallIndex() {
		for (int i = 0; i < this.dimensions.size(); i++) {
			if (OVERALL.equals(this.dimensions.get(i).key())) {
				return i;
			}
		}
		return this.dimensions.size() - 1;
	}

	/**
	 * One scored question.
	 *
	 * @param key stable English key, e.g. {@code responsibility}
	 * @param label short Chinese name, e.g. 整改责任落实
	 * @param question the question as villagers read it
	 */
	public record Dimension(String key, String label, String question) {

	}

}

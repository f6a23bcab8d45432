package org.rectiflow.evaluation;

import java.util.Map;

/**
 * One villager's answer as submitted: a score 1–5 for every dimension (form fields
 * {@code score_<key>}) and an optional comment, checked against the evaluation's own
 * questionnaire. Anything else is refused with a message in Chinese.
 */
record Answer(int[] scores, String comment) {

	static final String SCORE_PREFIX = "score_";

	static Answer parse(Questionnaire questionnaire, Map<String, String[]> form) {
		int[] scores = new int[questionnaire.dimensions().size()];
		for (int i = 0; i < scores.length; i++) {
			Questionnaire.Dimension dimension = questionnaire.dimensions().get(i);
			String[] values = form.get(SCORE_PREFIX + dimension.key());
			if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
				throw PublicPageException.invalid("请为「" + dimension.label() + "」打分(1–5 分)。");
			}
			if (values.length > 1) {
				throw PublicPageException.invalid("「" + dimension.label() + "」只能选一个分数。");
			}
			int score;
			try {
				score = Integer.parseInt(values[0].trim());
			}
			catch (NumberFormatException ex) {
				score = 0;
			}
			if (score < 1 || score > 5) {
				throw PublicPageException.invalid("「" + dimension.label() + "」的评分须为 1 至 5 分。");
			}
			scores[i] = score;
		}
		String[] comments = form.get("comment");
		String comment = (comments != null && comments.length > 0 && comments[0] != null) ? comments[0].strip() : "";
		if (comments != null && comments.length > 1) {
			throw PublicPageException.invalid("意见建议只能填写一份。");
		}
		int length = comment.codePointCount(0, comment.length());
		if (length > questionnaire.commentMaxLength()) {
			throw PublicPageException
				.invalid("意见建议不能超过 " + questionnaire.commentMaxLength() + " 字(现为 " + length + " 字)。");
		}
		return new Answer(scores, comment.isEmpty() ? null : comment);
	}

}

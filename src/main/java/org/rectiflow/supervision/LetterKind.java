package org.rectiflow.supervision;

import org.rectiflow.common.Labelled;

/** The kinds of letter, each numbered on its own (文号 per kind and year). */
public enum LetterKind implements Labelled {

	/** 提示函: a reminder before the deadline. */
	REMINDER("提示函", "提"),
	/** 督办函: the deadline passed, or a supervisor's order. */
	SUPERVISION("督办函", "督"),
	/** 挂牌督办通知: the item is flagged for supervision. */
	FLAG("挂牌督办通知", "挂"),
	/** 约谈通知: an admonishing talk is called. */
	ADMONISH("约谈通知", "约"),
	/** 催办函: a transfer's reply is overdue. */
	URGE("催办函", "催");

	private final String label;

	private final String abbreviation;

	LetterKind(String label, String abbreviation) {
		this.label = label;
		this.abbreviation = abbreviation;
	}

	@Override
	public String label() {
		return this.label;
	}

	String abbreviation() {
		return this.abbreviation;
	}

}

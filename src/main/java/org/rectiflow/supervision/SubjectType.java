package org.rectiflow.supervision;

import org.rectiflow.common.Labelled;

/** What a letter is about. */
public enum SubjectType implements Labelled {

	ITEM("整改事项"), CLUE("问题线索"), RECOMMENDATION("巡察建议书");

	private final String label;

	SubjectType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

package org.rectiflow.supervision;

/** What a letter is about. */
public enum SubjectType {

	ITEM("整改事项"), CLUE("问题线索"), RECOMMENDATION("巡察建议书");

	private final String label;

	SubjectType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

package org.rectiflow.finding;

/** How serious a problem is. */
public enum Severity {

	/** 一般 */
	GENERAL("一般"),
	/** 较重 */
	SERIOUS("较重"),
	/** 严重 */
	GRAVE("严重");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The severity with this Chinese label or constant, or null. */
	public static Severity parse(String text) {
		for (Severity severity : values()) {
			if (severity.label.equals(text) || severity.name().equals(text)) {
				return severity;
			}
		}
		return null;
	}

}

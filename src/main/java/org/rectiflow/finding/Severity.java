package org.rectiflow.finding;

import org.rectiflow.common.Labelled;

/** How serious a problem is. */
public enum Severity implements Labelled {

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

	@Override
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

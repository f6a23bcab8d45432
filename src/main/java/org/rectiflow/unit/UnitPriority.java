package org.rectiflow.unit;

import org.rectiflow.common.Labelled;

/** 重点 / 一般: decides the inspection mode and the minimum days on site. */
public enum UnitPriority implements Labelled {

	/** 重点 */
	KEY("重点"),
	/** 一般 */
	ORDINARY("一般");

	private final String label;

	UnitPriority(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

package org.rectiflow.rectification;

import org.rectiflow.common.Labelled;

/**
 * The warning ladder of an item's deadline (DOMAIN.md): green 20 days before, yellow 10
 * days before, red once passed. Set by the warning timers of the item's process.
 */
public enum WarningColour implements Labelled {

	/** 无: no warning yet. */
	NONE("无", null),
	/** 绿: reminder letter to the responsible person. */
	GREEN("绿", "C6EFCE"),
	/** 黄: reminder letter to the person and the leader in charge. */
	YELLOW("黄", "FFEB9C"),
	/** 红: deadline passed, supervision letter, flagged. */
	RED("红", "FFC7CE");

	private final String label;

	private final String fill;

	WarningColour(String label, String fill) {
		this.label = label;
		this.fill = fill;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** The fill of the item's row in the Excel export (RRGGBB), or {@code null}. */
	public String fill() {
		return this.fill;
	}

}

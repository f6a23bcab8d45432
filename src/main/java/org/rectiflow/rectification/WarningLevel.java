package org.rectiflow.rectification;

import org.rectiflow.common.Labelled;

/**
 * A step of the warning ladder, as the warning timers of {@code rectification-item} name
 * it (input parameter {@code colour}).
 */
public enum WarningLevel implements Labelled {

	/** 20 days before the deadline: reminder letter (提示函). */
	GREEN(WarningColour.GREEN, "绿色预警"),
	/** 10 days before: reminder letter to the person and the leader in charge. */
	YELLOW(WarningColour.YELLOW, "黄色预警"),
	/** Deadline passed: supervision letter (督办函), item flagged (挂牌督办). */
	RED(WarningColour.RED, "红色预警（逾期）"),
	/** Long overdue: admonishing talk (约谈); the item stays red. */
	ADMONISH(WarningColour.RED, "严重逾期（约谈）");

	private final WarningColour colour;

	private final String label;

	WarningLevel(WarningColour colour, String label) {
		this.colour = colour;
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	public WarningColour colour() {
		return this.colour;
	}

}

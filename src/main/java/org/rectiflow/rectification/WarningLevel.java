package org.rectiflow.rectification;

/**
 * A step of the warning ladder, as the warning timers of {@code rectification-item} name
 * it (input parameter {@code colour}).
 */
public enum WarningLevel {

	/** 20 days before the deadline: reminder letter (提示函). */
	GREEN(WarningColour.GREEN),
	/** 10 days before: reminder letter to the person and the leader in charge. */
	YELLOW(WarningColour.YELLOW),
	/** Deadline passed: supervision letter (督办函), item flagged (挂牌督办). */
	RED(WarningColour.RED),
	/** Long overdue: admonishing talk (约谈); the item stays red. */
	ADMONISH(WarningColour.RED);

	private final WarningColour colour;

	WarningLevel(WarningColour colour) {
		this.colour = colour;
	}

	public WarningColour colour() {
		return this.colour;
	}

}

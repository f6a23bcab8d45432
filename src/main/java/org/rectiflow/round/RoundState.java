package org.rectiflow.round;

import org.rectiflow.common.Labelled;

/** Whether units can still be added to a round. */
public enum RoundState implements Labelled {

	/** 进行中 */
	OPEN("进行中"),
	/** 已结束 */
	CLOSED("已结束");

	private final String label;

	RoundState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

package org.rectiflow.round;

/** Whether units can still be added to a round. */
public enum RoundState {

	/** 进行中 */
	OPEN("进行中"),
	/** 已结束 */
	CLOSED("已结束");

	private final String label;

	RoundState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

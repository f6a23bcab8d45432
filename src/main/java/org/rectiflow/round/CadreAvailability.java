package org.rectiflow.round;

import org.rectiflow.common.Labelled;

/** Whether a cadre may be drawn for a team now (可抽调). */
public enum CadreAvailability implements Labelled {

	/** 可抽调 */
	AVAILABLE("可抽调"),
	/** 已在巡察组 */
	ON_ASSIGNMENT("已在巡察组"),
	/** 暂不可抽调 */
	UNAVAILABLE("暂不可抽调");

	private final String label;

	CadreAvailability(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

package org.rectiflow.round;

import org.rectiflow.common.Labelled;

/** 整改评定等次: the grade of a unit's whole rectification. */
public enum RectificationGrade implements Labelled {

	/** 优秀 */
	EXCELLENT("优秀"),
	/** 合格 */
	PASS("合格"),
	/** 基本合格 */
	BASIC_PASS("基本合格"),
	/** 不合格 */
	FAIL("不合格");

	private final String label;

	RectificationGrade(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** The bottom two grades trigger an admonishing talk and a follow-up review. */
	public boolean needsFollowUp() {
		return this == BASIC_PASS || this == FAIL;
	}

}

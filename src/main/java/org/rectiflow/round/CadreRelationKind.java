package org.rectiflow.round;

import org.rectiflow.common.Labelled;

/** The kind of a recorded relation that requires recusal (回避). */
public enum CadreRelationKind implements Labelled {

	/** 亲属关系 */
	KIN("亲属关系"),
	/** 曾在该单位任职 */
	FORMER_POST("曾在该单位任职"),
	/** 利害关系 */
	INTEREST("利害关系"),
	/** 其他 */
	OTHER("其他");

	private final String label;

	CadreRelationKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

package org.rectiflow.evaluation;

import org.rectiflow.common.Labelled;

public enum EvaluationState implements Labelled {

	/** 测评中 */
	OPEN("测评中"),
	/** 已截止，答卷不足: the deadline passed with fewer answers than the minimum. */
	EXPIRED("已截止(答卷不足)"),
	/** 已结束 */
	CLOSED("已结束");

	private final String label;

	EvaluationState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

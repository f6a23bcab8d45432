package org.rectiflow.evaluation;

public enum EvaluationState {

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

	public String label() {
		return this.label;
	}

}

package org.rectiflow.round;

/** 群众满意度测评结果: the villagers' verdict on a unit's rectification. */
public enum EvaluationVerdict {

	/** 好 */
	GOOD("好"),
	/** 较好 */
	FAIR("较好"),
	/** 差: vetoes the sign-off */
	POOR("差");

	private final String label;

	EvaluationVerdict(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

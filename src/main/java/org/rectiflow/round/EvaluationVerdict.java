package org.rectiflow.round;

import org.rectiflow.common.Labelled;

/** 群众满意度测评结果: the villagers' verdict on a unit's rectification. */
public enum EvaluationVerdict implements Labelled {

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

	@Override
	public String label() {
		return this.label;
	}

}

package org.rectiflow.evaluation;

public enum EvaluationState {

	/** 测评中 */
	OPEN,
	/** 已结束 */
	CLOSED

}

package org.rectiflow.transfer;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectiflow.common.ElementHook;

/**
 * The overdue timers of clue-handling and recommendation-handling: when one fires, the
 * record notes since when the reply is late. Change with the models.
 */
enum OverdueHook implements ElementHook {

	/** clue-handling › 反馈期限届满 */
	CLUE("BoundaryEvent_ClueReplyOverdue"),
	/** recommendation-handling › 反馈期限届满 */
	RECOMMENDATION("BoundaryEvent_RecommendationReplyOverdue");

	private final String activityId;

	OverdueHook(String activityId) {
		this.activityId = activityId;
	}

	@Override
	public String activityId() {
		return this.activityId;
	}

	@Override
	public String event() {
		return ExecutionListener.EVENTNAME_END;
	}

}

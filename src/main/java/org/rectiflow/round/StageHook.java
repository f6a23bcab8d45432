package org.rectiflow.round;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectiflow.common.ElementHook;

/**
 * The elements of {@code inspection-round} at which the inspection record follows its
 * process. The models name no listener for this, so {@link InspectionStagePlugin}
 * attaches {@link InspectionStageListener} to these element ids when the model is parsed.
 * Renaming one of these ids in Camunda Modeler stops that update: change this list with
 * the model.
 */
enum StageHook implements ElementHook {

	/** The office confirmed the plan: mode, team, entry date; briefing begins. */
	PLAN_CONFIRMED("Task_PlanInspection", ExecutionListener.EVENTNAME_END),
	/** The team entered (进驻). */
	ONSITE_STARTED("SubProcess_Onsite", ExecutionListener.EVENTNAME_START),
	/** On-site work ended; the report is drafted. */
	ONSITE_ENDED("SubProcess_Report", ExecutionListener.EVENTNAME_START),
	/** The report was heard; feedback is due. */
	FEEDBACK_DUE("Task_Feedback", ExecutionListener.EVENTNAME_START),
	/** Feedback given: the rectification clock starts. */
	FEEDBACK_GIVEN("Task_Feedback", ExecutionListener.EVENTNAME_END),
	/** Clues and recommendation letters are transferred. */
	TRANSFER_STARTED("SubProcess_Transfer", ExecutionListener.EVENTNAME_START),
	/** The village rectifies. */
	RECTIFICATION_STARTED("SubProcess_Rectification", ExecutionListener.EVENTNAME_START),
	/** Villagers' evaluation and grading. */
	EVALUATION_STARTED("SubProcess_EvaluationSignOff", ExecutionListener.EVENTNAME_START),
	/** 回头看. */
	FOLLOW_UP_STARTED("CallActivity_FollowUpReview", ExecutionListener.EVENTNAME_START),
	/** The process ended normally. */
	ROUND_CLOSED(null, ExecutionListener.EVENTNAME_END);

	private final String activityId;

	private final String event;

	StageHook(String activityId, String event) {
		this.activityId = activityId;
		this.event = event;
	}

	@Override
	public String activityId() {
		return this.activityId;
	}

	@Override
	public String event() {
		return this.event;
	}

}

package org.rectiflow.finding;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectiflow.common.ElementHook;

/**
 * The steps of the event sub-process 立行立改 of {@code inspection-round} that a fix on the
 * spot follows (verification itself is recorded by {@code roundRecorder}). Change this
 * list with the model.
 */
enum FixHook implements ElementHook {

	/** 下发立行立改通知 done: notice text and deadline. */
	NOTICE_ISSUED("Task_IssueFixNotice"),
	/** 村(社区)立行立改 done: the village's report. */
	FIX_REPORTED("Task_FixOnSpot"),
	/** 核实整改情况 done: approved (then recorded by roundRecorder) or returned. */
	FIX_CHECKED("Task_VerifyFix");

	private final String activityId;

	FixHook(String activityId) {
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

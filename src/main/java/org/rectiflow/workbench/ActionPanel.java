package org.rectiflow.workbench;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the actions fragment of a task shows: which actions this person may take, where a
 * 退回 goes, the colleagues by name, and the latest comments of the process.
 *
 * @param card the task's card
 * @param claim may claim it (unclaimed task of one of the person's groups)
 * @param release may release it (holds it)
 * @param work may return, transfer and delegate it
 * @param resolve holds it as a delegate (办理完毕并交回)
 * @param returnTarget the step a 退回 opens again, or {@code null} when it cannot be
 * returned
 * @param extension may ask for a later deadline (the item's unit, item task)
 * @param urge may urge it (supervisors, the township)
 * @param colleagues user id → name of the candidate groups' members but the person
 * @param ccGroups group id → name of the groups it may be copied to
 * @param ccUsers user id → name of the people it may be copied to
 * @param comments the process's latest comments
 * @param message what the last action did, or {@code null}
 */
record ActionPanel(TaskCard card, boolean claim, boolean release, boolean work, boolean resolve, String returnTarget,
		boolean extension, boolean urge, Map<String, String> colleagues, Map<String, String> ccGroups,
		Map<String, String> ccUsers, List<CommentView> comments, String message) {

	ActionPanel withMessage(String text) {
		return new ActionPanel(this.card, this.claim, this.release, this.work, this.resolve, this.returnTarget,
				this.extension, this.urge, this.colleagues, this.ccGroups, this.ccUsers, this.comments, text);
	}

	/** A comment with its author's name. */
	record CommentView(String userName, Instant time, String text) {

	}

}

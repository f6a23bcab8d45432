package org.rectiflow.workbench;

import java.time.Instant;

/**
 * One task as the inbox shows it: names, not codes.
 *
 * @param taskId the task's id
 * @param taskName the step's name
 * @param processKey the process definition key
 * @param processName the process's name
 * @param businessKey the record's id (for item tasks the item id)
 * @param unitName the inspected unit's name, or {@code null}
 * @param townshipName its township's name, or {@code null}
 * @param problem for item tasks the problem's short text, else {@code null}
 * @param deadline the item's deadline or the task's due date, or {@code null}
 * @param colour the warning colour code ({@code NONE}, {@code GREEN} …)
 * @param colourName its name
 * @param stageName the stage's name
 * @param returnCount how often the item was returned
 * @param assignee who holds the task, or {@code null}
 * @param assigneeName that person's name
 * @param mine whether the current user holds it
 */
record TaskCard(String taskId, String taskName, String processKey, String processName, String businessKey,
		String unitName, String townshipName, String problem, Instant deadline, String colour, String colourName,
		String stageName, int returnCount, String assignee, String assigneeName, boolean mine) {

	static final int SHORT_TEXT = 40;

	/** The problem cut to a card's length. */
	public String shortProblem() {
		if (this.problem == null || this.problem.length() <= SHORT_TEXT) {
			return this.problem;
		}
		return this.problem.substring(0, SHORT_TEXT) + "…";
	}

	public boolean claimable() {
		return this.assignee == null;
	}

}

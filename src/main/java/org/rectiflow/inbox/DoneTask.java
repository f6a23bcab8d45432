package org.rectiflow.inbox;

import java.time.Instant;

/**
 * One completed task on the 已办 page.
 *
 * @param taskId the task's id
 * @param taskName the step's name, as in the model (Chinese)
 * @param processName the name of the process definition
 * @param unitName the inspected unit ({@code unitName} of the process), or {@code null}
 * @param businessKey the business key of the process instance (the record's id)
 * @param completedAt when the task was completed
 * @param completedBy the user who completed it
 * @param completedByName that user's name
 * @param dueAt the task's due date, or {@code null}
 */
public record DoneTask(String taskId, String taskName, String processName, String unitName, String businessKey,
		Instant completedAt, String completedBy, String completedByName, Instant dueAt) {

	/** Completed after its due date (逾期办结). */
	public boolean late() {
		return this.dueAt != null && this.completedAt != null && this.completedAt.isAfter(this.dueAt);
	}

}

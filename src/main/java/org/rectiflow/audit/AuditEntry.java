package org.rectiflow.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param at when
 * @param actor who (user id)
 * @param action what
 * @param subjectId the finding id, or the member's user id
 * @param subjectName the finding's name when it was read
 * @param groupId the group whose members changed
 */
record AuditEntry(Instant at, String actor, AuditAction action, String subjectId, String subjectName, String groupId) {

	public String actionLabel() {
		return this.action.label();
	}

	public boolean aboutFinding() {
		return this.action == AuditAction.REPORTER_READ;
	}

}

package org.rectiflow.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.rectiflow.common.BusinessDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records what the discipline commission watches, in the caller's transaction (so a
 * rolled-back change leaves no entry and a recorded read is never lost).
 */
@Component
public class AuditLog {

	/** Who acts when no user does (start-up, the engine itself). */
	public static final String SYSTEM = "system";

	private final JdbcTemplate jdbc;

	private final BusinessDate clock;

	AuditLog(JdbcTemplate jdbc, BusinessDate clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A reporter's identity was shown.
	 * @param actor the user who read it
	 * @param findingId the finding
	 * @param findingName what people call the finding (its unit and the start of its
	 * text)
	 */
	public void reporterRead(String actor, long findingId, String findingName) {
		insert(actor, AuditAction.REPORTER_READ, String.valueOf(findingId), findingName, null);
	}

	/**
	 * A user joined or left a watched group.
	 * @param actor who changed the membership, or {@code null} for the system
	 * @param userId the member
	 * @param groupId the group
	 * @param added joined (true) or left (false)
	 */
	public void membershipChanged(String actor, String userId, String groupId, boolean added) {
		insert(actor, added ? AuditAction.MEMBER_ADDED : AuditAction.MEMBER_REMOVED, userId, null, groupId);
	}

	/** The newest entries first. */
	List<AuditEntry> recent(int limit) {
		return this.jdbc.query(
				"select at, actor, action, subject_id, subject_name, group_id from audit_log order by at desc, id desc limit ?",
				(row, n) -> new AuditEntry(row.getTimestamp(1).toInstant(), row.getString(2),
						AuditAction.valueOf(row.getString(3)), row.getString(4), row.getString(5), row.getString(6)),
				limit)
			.stream()
			.limit(limit)
			.toList();
	}

	private void insert(String actor, AuditAction action, String subjectId, String subjectName, String groupId) {
		Instant now = this.clock.now();
		this.jdbc.update(
				"insert into audit_log (at, actor, action, subject_id, subject_name, group_id) values (?, ?, ?, ?, ?, ?)",
				Timestamp.from(now), (actor != null) ? actor : SYSTEM, action.name(), subjectId,
				(subjectName != null && subjectName.length() > 500) ? subjectName.substring(0, 500) : subjectName,
				groupId);
	}

}

package org.rectiflow.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rectiflow.common.BusinessDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Temporary, growing login lock-outs per account and source address (issue 16, W5;
 * docs/decisions/0020). After {@value #FREE_FAILURES} wrong passwords from one address an
 * account is locked for that address for 1 minute, then 2, 4 … up to
 * {@value #MAX_MINUTES}; a right password clears the count. Because the lock holds only
 * for the address that failed, guessing at an administrator's account from one place does
 * not shut the administrator out from another, and an administrator lifts a lock-out on
 * the page {@code /console/lockouts}. Camunda's own permanent lock (its
 * {@code loginMaxAttempts}) is off, so that it cannot be used to lock anybody out.
 */
@Component
public class LoginLockouts {

	static final int FREE_FAILURES = 5;

	static final int MAX_MINUTES = 60;

	private final JdbcTemplate jdbc;

	private final BusinessDate clock;

	LoginLockouts(JdbcTemplate jdbc, BusinessDate clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Until when the account is locked for the source, if it is. */
	Optional<Instant> lockedUntil(String userId, String source) {
		List<Timestamp> until = this.jdbc.queryForList(
				"select locked_until from login_lockout where user_id = ? and source = ? and locked_until > ?",
				Timestamp.class, userId, source(source), Timestamp.from(this.clock.now()));
		return until.stream().findFirst().map(Timestamp::toInstant);
	}

	void failed(String userId, String source) {
		Instant now = this.clock.now();
		List<Integer> failures = this.jdbc.queryForList(
				"select failures from login_lockout where user_id = ? and source = ?", Integer.class, userId,
				source(source));
		int count = failures.isEmpty() ? 1 : failures.get(0) + 1;
		Timestamp until = (count >= FREE_FAILURES) ? Timestamp.from(now.plus(lockTime(count))) : null;
		if (failures.isEmpty()) {
			this.jdbc.update(
					"insert into login_lockout (user_id, source, failures, locked_until, last_failure_at) values (?, ?, ?, ?, ?)",
					userId, source(source), count, until, Timestamp.from(now));
		}
		else {
			this.jdbc.update(
					"update login_lockout set failures = ?, locked_until = ?, last_failure_at = ? where user_id = ? and source = ?",
					count, until, Timestamp.from(now), userId, source(source));
		}
	}

	void succeeded(String userId, String source) {
		this.jdbc.update("delete from login_lockout where user_id = ? and source = ?", userId, source(source));
	}

	/** 1, 2, 4 … minutes from the fifth failure on, at most {@value #MAX_MINUTES}. */
	static Duration lockTime(int failures) {
		int doublings = Math.min(failures - FREE_FAILURES, 6);
		return Duration.ofMinutes(Math.min(1L << Math.max(doublings, 0), MAX_MINUTES));
	}

	/** The accounts locked now, for the administrators' page. */
	public List<Lockout> current() {
		return this.jdbc.query(
				"select user_id, source, failures, locked_until from login_lockout where locked_until > ? order by locked_until desc",
				(row, n) -> new Lockout(row.getString(1), row.getString(2), row.getInt(3),
						row.getTimestamp(4).toInstant()),
				Timestamp.from(this.clock.now()));
	}

	/** Lifts a lock-out; the count starts again. */
	public void lift(String userId, String source) {
		this.jdbc.update("delete from login_lockout where user_id = ? and source = ?", userId, source(source));
	}

	private static String source(String source) {
		return (source == null || source.isBlank()) ? "?" : source;
	}

	/**
	 * @param userId the account
	 * @param source the address the wrong passwords came from
	 * @param failures wrong passwords in a row
	 * @param until when the lock ends
	 */
	public record Lockout(String userId, String source, int failures, Instant until) {

	}

}

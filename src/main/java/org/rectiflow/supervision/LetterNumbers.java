package org.rectiflow.supervision;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the next number of a kind in a year, in the caller's transaction: the counter row
 * is read {@code FOR UPDATE}, so a second node waits until the first commits (or rolls
 * back, returning its number). A year's first letter locks the kind's row before it
 * creates the counter, so two first letters cannot both insert one. Numbers are therefore
 * unique and without gaps.
 */
@Component
class LetterNumbers {

	private final JdbcTemplate jdbc;

	LetterNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int next(LetterKind kind, int year) {
		Integer last = lastLocked(kind, year);
		if (last == null) {
			this.jdbc.queryForList("select kind from supervision_letter_kind where kind = ? for update", String.class,
					kind.name());
			last = lastLocked(kind, year);
			if (last == null) {
				this.jdbc.update(
						"insert into supervision_letter_counter (kind, letter_year, last_number) values (?, ?, 1)",
						kind.name(), year);
				return 1;
			}
		}
		int next = last + 1;
		this.jdbc.update("update supervision_letter_counter set last_number = ? where kind = ? and letter_year = ?",
				next, kind.name(), year);
		return next;
	}

	private Integer lastLocked(LetterKind kind, int year) {
		List<Integer> found = this.jdbc.queryForList(
				"select last_number from supervision_letter_counter where kind = ? and letter_year = ? for update",
				Integer.class, kind.name(), year);
		return found.isEmpty() ? null : found.get(0);
	}

}

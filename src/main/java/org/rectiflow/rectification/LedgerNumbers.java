package org.rectiflow.rectification;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item's ledger number (台账编号), {@code 〔2026〕城关镇-东村-003}: the year the item entered
 * the ledger, its township and unit, and a serial per such prefix (decision 0035). The
 * one formatter of the number; changeset 038 writes the same for items created before.
 * <p>
 * The serial is drawn in the item's own transaction: the prefix's counter row is read
 * {@code FOR UPDATE}, so a second node waits until the first commits (or rolls back,
 * returning its serial). A prefix's first item locks the row {@code ''} before it creates
 * the counter, so two first items cannot both insert one. Serials have no gaps, and the
 * unique constraint on the number guards the rest.
 */
@Component
class LedgerNumbers {

	private static final String FIRST_LOCK = "";

	private final JdbcTemplate jdbc;

	LedgerNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The part before the serial: 〔2026〕城关镇-东村, or 〔2026〕城关镇 for a township itself. */
	static String prefix(int year, String townshipName, String unitName) {
		String place = (townshipName == null || townshipName.isBlank() || townshipName.equals(unitName)) ? unitName
				: townshipName + "-" + unitName;
		return "〔" + year + "〕" + place;
	}

	/** The number: the prefix, a hyphen and the serial with at least three digits. */
	static String number(String prefix, int serial) {
		return prefix + "-" + String.format("%03d", serial);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int next(String prefix) {
		Integer last = lastLocked(prefix);
		if (last == null) {
			lastLocked(FIRST_LOCK);
			last = lastLocked(prefix);
			if (last == null) {
				this.jdbc.update("insert into rectification_ledger_counter (ledger_prefix, last_serial) values (?, 1)",
						prefix);
				return 1;
			}
		}
		int next = last + 1;
		this.jdbc.update("update rectification_ledger_counter set last_serial = ? where ledger_prefix = ?", next,
				prefix);
		return next;
	}

	private Integer lastLocked(String prefix) {
		List<Integer> found = this.jdbc.queryForList(
				"select last_serial from rectification_ledger_counter where ledger_prefix = ? for update",
				Integer.class, prefix);
		return found.isEmpty() ? null : found.get(0);
	}

}

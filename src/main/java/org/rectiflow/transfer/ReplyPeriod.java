package org.rectiflow.transfer;

import java.time.LocalDate;

import org.rectiflow.workflow.Deadlines;

import org.springframework.stereotype.Component;

/**
 * The reply deadline of a transfer: the transfer day plus setting
 * {@code rectiflow.deadlines.reply} (default {@code P3M}, 条例 art. 29), read through the
 * same {@code deadlines} bean as the processes' {@code deadlines.dueIn('reply',
 * transferDate)}, so record, process and the forms' text name the same period.
 */
@Component
class ReplyPeriod {

	private static final String SETTING = "reply";

	private final Deadlines deadlines;

	ReplyPeriod(Deadlines deadlines) {
		this.deadlines = deadlines;
		// a wrong setting stops the start, not the first transfer
		dueAfter(LocalDate.of(2025, 1, 1));
	}

	LocalDate dueAfter(LocalDate transferred) {
		return this.deadlines.toLocalDate(this.deadlines.dueIn(SETTING, transferred), SETTING);
	}

	/** The period as people read it (3 个月), for the handling forms. */
	String text() {
		return this.deadlines.text(SETTING);
	}

}

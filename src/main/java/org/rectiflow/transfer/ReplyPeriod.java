package org.rectiflow.transfer;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rectiflow.calendar.WorkingDayCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reply deadline of a transfer: the transfer day plus setting
 * {@code rectiflow.deadlines.reply} (default {@code P3M}, 条例 art. 29), the same setting
 * the processes' {@code deadlines.dueIn('reply', transferDate)} reads, so record and
 * process name the same day. The setting is an ISO period or {@code <n>WD} working days.
 */
@Component
class ReplyPeriod {

	private static final Pattern WORKING_DAYS = Pattern.compile("(\\d{1,5})\\s*WD", Pattern.CASE_INSENSITIVE);

	private final String setting;

	private final WorkingDayCalendar workingDays;

	ReplyPeriod(@Value("${rectiflow.deadlines.reply:P3M}") String setting, WorkingDayCalendar workingDays) {
		this.setting = setting.strip();
		this.workingDays = workingDays;
		dueAfter(LocalDate.of(2025, 1, 1));
	}

	LocalDate dueAfter(LocalDate transferred) {
		Matcher matcher = WORKING_DAYS.matcher(this.setting);
		if (matcher.matches()) {
			return this.workingDays.plusWorkingDays(transferred, Integer.parseInt(matcher.group(1)));
		}
		try {
			return transferred.plus(Period.parse(this.setting));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException(
					"rectiflow.deadlines.reply must be an ISO period such as P3M or <n>WD, not '" + this.setting + "'");
		}
	}

}

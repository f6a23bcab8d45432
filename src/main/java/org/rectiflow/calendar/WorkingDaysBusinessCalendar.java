package org.rectiflow.calendar;

import java.util.Date;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda business calendar that understands {@code P<n>WD}, "n working days" (for
 * example {@code P10WD}, case-insensitive), and hands every other description to the
 * calendar it wraps, normally the engine's standard
 * {@link org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar}.
 * <p>
 * {@code P<n>WD} resolves to the same time of day on the n-th working day after the start
 * (the engine's clock when no start is given), see
 * {@link WorkingDayCalendar#addWorkingDays}.
 */
class WorkingDaysBusinessCalendar implements BusinessCalendar {

	/**
	 * The name under which this calendar is registered with the engine.
	 */
	static final String NAME = "workingDays";

	private static final Pattern WORKING_DAYS = Pattern.compile("\\s*P(\\d{1,5})WD\\s*", Pattern.CASE_INSENSITIVE);

	private final WorkingDayCalendar calendar;

	private final BusinessCalendar fallback;

	WorkingDaysBusinessCalendar(WorkingDayCalendar calendar, BusinessCalendar fallback) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
		this.fallback = Objects.requireNonNull(fallback, "fallback");
	}

	@Override
	public Date resolveDuedate(String duedateDescription) {
		OptionalInt days = workingDays(duedateDescription);
		return days.isPresent() ? this.calendar.addWorkingDays(ClockUtil.getCurrentTime(), days.getAsInt())
				: this.fallback.resolveDuedate(duedateDescription);
	}

	@Override
	public Date resolveDuedate(String duedateDescription, Date startDate) {
		OptionalInt days = workingDays(duedateDescription);
		if (days.isEmpty()) {
			return this.fallback.resolveDuedate(duedateDescription, startDate);
		}
		Date start = (startDate != null) ? startDate : ClockUtil.getCurrentTime();
		return this.calendar.addWorkingDays(start, days.getAsInt());
	}

	@Override
	public Date resolveDuedate(String duedateDescription, Task task) {
		OptionalInt days = workingDays(duedateDescription);
		return days.isPresent() ? this.calendar.addWorkingDays(ClockUtil.getCurrentTime(), days.getAsInt())
				: this.fallback.resolveDuedate(duedateDescription, task);
	}

	/**
	 * The number of working days in a {@code P<n>WD} description.
	 * @param description a due date description
	 * @return n, or empty if the description is not of the form {@code P<n>WD}
	 */
	static OptionalInt workingDays(String description) {
		if (description == null) {
			return OptionalInt.empty();
		}
		Matcher matcher = WORKING_DAYS.matcher(description);
		return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
	}

	@Override
	public String toString() {
		return "WorkingDaysBusinessCalendar[P<n>WD, otherwise " + this.fallback.getClass().getSimpleName() + "]";
	}

}

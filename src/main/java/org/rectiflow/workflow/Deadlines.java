package org.rectiflow.workflow;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.rectiflow.calendar.WorkingDayCalendar;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.NamedDeadlines;
import org.rectiflow.common.VariableValues;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * Every timer and due date of the BPMN models goes through this bean
 * ({@code ${deadlines...}}), so a county changes a deadline in its settings, not in a
 * model. See docs/process-variables.md §2.
 */
@ProcessBean
@Component("deadlines")
public class Deadlines implements NamedDeadlines {

	private static final Pattern WORKING_DAYS = Pattern.compile("(\\d{1,5})WD");

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private static final LocalTime MORNING = LocalTime.of(9, 0);

	private final DeadlineProperties properties;

	private final WorkingDayCalendar workingDays;

	private final ZoneId zone;

	Deadlines(DeadlineProperties properties, WorkingDayCalendar workingDays) {
		this.properties = properties;
		this.workingDays = workingDays;
		this.zone = workingDays.zone();
	}

	/**
	 * The county's day on the engine's clock (the clock {@code common.BusinessDate}
	 * reads), written as the forms write dates: {@code ${deadlines.today()}}.
	 */
	public String today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), this.zone).toString();
	}

	/**
	 * A task is 即将到期 when its due date falls within this time from now: the workbench's
	 * list and Tasklist's filter read it here.
	 */
	public static final Duration DUE_SOON = Duration.ofDays(3);

	/**
	 * The end of the 即将到期 window on the engine's clock, for Tasklist's filter:
	 * {@code ${deadlines.dueSoonUntil()}}.
	 */
	public Date dueSoonUntil() {
		return Date.from(ClockUtil.getCurrentTime().toInstant().plus(DUE_SOON));
	}

	/** {@code from} plus the named period, at the end of that day. */
	public Date dueIn(String name, Object from) {
		return at(dueDay(name, toLocalDate(from, "from")), END_OF_DAY);
	}

	/** The day {@link #dueIn} falls on: what a page checks a plan against. */
	@Override
	public LocalDate dueDay(String name, LocalDate from) {
		String setting = setting(name);
		Matcher workingDayCount = WORKING_DAYS.matcher(setting.toUpperCase(Locale.ROOT));
		if (workingDayCount.matches()) {
			return this.workingDays.plusWorkingDays(from, Integer.parseInt(workingDayCount.group(1)));
		}
		return from.plus(parsePeriod(name, setting));
	}

	/** When the warning of a colour is due for an item with this deadline. */
	public Date warningAt(Object deadline, String colour) {
		LocalDate day = toLocalDate(deadline, "deadline");
		DeadlineProperties.Warning warning = this.properties.warning();
		return switch (String.valueOf(colour).toUpperCase(Locale.ROOT)) {
			case "GREEN" -> at(day.minusDays(warning.greenDaysBefore()), MORNING);
			case "YELLOW" -> at(day.minusDays(warning.yellowDaysBefore()), MORNING);
			case "RED" -> at(day, END_OF_DAY);
			case "ADMONISH" -> at(day.plusDays(warning.admonishDaysAfter()), MORNING);
			default -> throw new IllegalArgumentException(
					"Unknown warning colour '" + colour + "': expected GREEN, YELLOW, RED or ADMONISH");
		};
	}

	/**
	 * A named deadline as people read it, from the same setting the timers use: P3M → 3
	 * 个月, P14D → 14 日, P1Y → 1 年, 10WD → 10 个工作日, P0D → 当日.
	 */
	@Override
	public String text(String name) {
		String setting = setting(name);
		Matcher workingDayCount = WORKING_DAYS.matcher(setting.toUpperCase(Locale.ROOT));
		if (workingDayCount.matches()) {
			return Integer.parseInt(workingDayCount.group(1)) + " 个工作日";
		}
		Period period = parsePeriod(name, setting);
		StringBuilder text = new StringBuilder();
		append(text, period.getYears(), " 年");
		append(text, period.getMonths(), " 个月");
		append(text, period.getDays(), " 日");
		return text.isEmpty() ? "当日" : text.toString();
	}

	/**
	 * The warning ladder as configured: days before the deadline of the green and yellow
	 * warnings, days after it of the admonishing talk.
	 */
	public DeadlineProperties.Warning warning() {
		return this.properties.warning();
	}

	private static void append(StringBuilder text, int amount, String unit) {
		if (amount != 0) {
			text.append(text.isEmpty() ? "" : " ").append(Math.abs(amount)).append(unit);
		}
	}

	/** A named timer cycle (ISO repeating interval or cron), as configured. */
	public String cycle(String name) {
		return setting(name);
	}

	/**
	 * Turns what a process holds as a date (Date, LocalDate, or a form's yyyy-MM-dd) into
	 * a day.
	 */
	public LocalDate toLocalDate(Object value, String argument) {
		LocalDate day = VariableValues.date(argument, value, this.zone);
		if (day == null) {
			throw new InvalidInputException(
					"「" + argument + "」应为日期 / '" + argument + "' must be a date, but was " + value);
		}
		return day;
	}

	private String setting(String name) {
		String setting = this.properties.deadlines().get(name);
		if (setting == null || setting.isBlank()) {
			throw new IllegalArgumentException("No deadline setting rectiflow.deadlines." + name);
		}
		return setting.trim();
	}

	private static Period parsePeriod(String name, String setting) {
		try {
			return Period.parse(setting);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("rectiflow.deadlines." + name + " = '" + setting
					+ "' is neither an ISO-8601 period (P2M) nor working days (10WD)", ex);
		}
	}

	private Date at(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(this.zone).toInstant());
	}

}

package org.rectiflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

import org.rectiflow.calendar.HolidayData.Day;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.io.ApplicationResourceLoader;

/**
 * Working-day calendar of mainland China (工作日历): a working day (工作日) is a Monday to
 * Friday that is not a statutory holiday (法定节假日放假), or a Saturday or Sunday that is a
 * make-up workday (调休上班).
 * <p>
 * The holidays and make-up workdays come from the holiday file named by
 * {@code rectiflow.calendar.holidays-location}. For a year the file does not cover, the
 * calendar falls back to Monday–Friday and logs one WARN for that year.
 * <p>
 * Counting follows the usual rule for periods (期间开始的当日不计算在内): the start day itself is
 * never counted, counting begins the day after. Available as the Spring bean
 * {@value #BEAN_NAME}, so BPMN expressions can call it, for example
 * {@code ${workingDays.addWorkingDays(now(), 10)}}. Thread-safe.
 */
public class WorkingDayCalendar {

	/**
	 * Name of the Spring bean, usable in BPMN expressions.
	 */
	public static final String BEAN_NAME = "workingDays";

	private static final Logger logger = LoggerFactory.getLogger(WorkingDayCalendar.class);

	private final HolidayData data;

	private final ZoneId zone;

	private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

	WorkingDayCalendar(HolidayData data, ZoneId zone) {
		this.data = Objects.requireNonNull(data, "data");
		this.zone = Objects.requireNonNull(zone, "zone");
	}

	/**
	 * A calendar outside Spring, for tests and tools in other modules; the application
	 * itself uses the bean {@value #BEAN_NAME}.
	 * @param holidaysLocation a Spring resource string, e.g.
	 * {@value CalendarProperties#DEFAULT_HOLIDAYS_LOCATION}; a path without prefix is a
	 * file
	 * @param zone the zone for the {@link Date} variants
	 * @return the calendar
	 * @throws IllegalStateException if the holiday file is missing or malformed; the
	 * message names the file
	 */
	public static WorkingDayCalendar load(String holidaysLocation, ZoneId zone) {
		return new WorkingDayCalendar(new HolidayDataLoader(ApplicationResourceLoader.get()).load(holidaysLocation),
				zone);
	}

	/**
	 * Whether the given day is a working day.
	 * @param date the day
	 * @return {@code false} on weekends and statutory holidays, {@code true} on other
	 * weekdays and on make-up workdays
	 */
	public boolean isWorkingDay(LocalDate date) {
		Objects.requireNonNull(date, "date");
		if (!this.data.covers(date.getYear())) {
			warnOnce(date.getYear());
			return !isWeekend(date);
		}
		Day day = this.data.day(date);
		if (day == null) {
			return !isWeekend(date);
		}
		return switch (day.type()) {
			case HOLIDAY -> false;
			case WORKDAY -> true;
		};
	}

	/**
	 * The day that is the given number of working days after {@code start}. Counting
	 * starts the day after {@code start}: 1 working day after Tuesday 2025-09-30 is
	 * Thursday 2025-10-09, because 10-01 to 10-08 are the National Day holidays.
	 * @param start the day to count from; it is not counted itself
	 * @param days the number of working days, 0 or more; 0 gives {@code start} back
	 * @return the {@code days}-th working day after {@code start} (always a working day
	 * when {@code days > 0})
	 */
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		Objects.requireNonNull(start, "start");
		if (days < 0) {
			throw new IllegalArgumentException("days must be 0 or more, was " + days);
		}
		LocalDate date = start;
		int remaining = days;
		while (remaining > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				remaining--;
			}
		}
		return date;
	}

	/**
	 * The number of working days after {@code from} up to and including {@code to} — the
	 * inverse of {@link #plusWorkingDays}:
	 * {@code workingDaysBetween(d, plusWorkingDays(d,
	 * n)) == n}. Negative when {@code to} is before {@code from}.
	 * @param from the first day; not counted itself
	 * @param to the last day; counted if it is a working day
	 * @return the number of working days in {@code (from, to]}, or minus the number in
	 * {@code (to, from]}
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * {@link #plusWorkingDays} for a point in time, keeping the time of day, in the zone
	 * of {@code rectiflow.calendar.zone}. For BPMN expressions, e.g. a user task due date
	 * {@code ${workingDays.addWorkingDays(now(), 10)}}.
	 * @param from the point in time to count from
	 * @param days the number of working days, 0 or more
	 * @return the same time of day on the {@code days}-th working day after the day of
	 * {@code from}
	 */
	public Date addWorkingDays(Date from, int days) {
		Objects.requireNonNull(from, "from");
		ZonedDateTime start = from.toInstant().atZone(this.zone);
		LocalDate end = plusWorkingDays(start.toLocalDate(), days);
		return Date.from(start.with(end).toInstant());
	}

	/**
	 * The zone in which {@link Date}s are turned into calendar days.
	 * @return the configured zone
	 */
	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * The years the holiday data covers.
	 * @return the covered years, ascending
	 */
	public SortedSet<Integer> coveredYears() {
		return this.data.years();
	}

	/**
	 * The covered years whose data is provisional: derived from the lunar calendar and
	 * the usual rules because the official notice had not been published.
	 * @return the provisional years, ascending
	 */
	public SortedSet<Integer> provisionalYears() {
		return this.data.provisionalYears();
	}

	private void warnOnce(int year) {
		if (this.warnedYears.add(year)) {
			logger.warn("No holiday data for {} in '{}' (covered: {}): counting Monday to Friday as working days "
					+ "for {}. Update the file or point rectiflow.calendar.holidays-location at one that covers {}.",
					year, this.data.location(), this.data.years(), year, year);
		}
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek dayOfWeek = date.getDayOfWeek();
		return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
	}

	@Override
	public String toString() {
		return "WorkingDayCalendar[" + this.data.location() + ", years " + this.data.years() + ", zone " + this.zone
				+ "]";
	}

}

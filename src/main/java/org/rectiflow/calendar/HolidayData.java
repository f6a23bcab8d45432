package org.rectiflow.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Holiday data as loaded from a holiday file: statutory holidays and make-up workdays for
 * the years the file covers. Immutable.
 */
final class HolidayData {

	private final String location;

	private final SortedSet<Integer> years;

	private final SortedSet<Integer> provisionalYears;

	private final Map<LocalDate, Day> days;

	HolidayData(String location, SortedSet<Integer> years, SortedSet<Integer> provisionalYears,
			Map<LocalDate, Day> days) {
		this.location = location;
		this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
		this.provisionalYears = Collections.unmodifiableSortedSet(new TreeSet<>(provisionalYears));
		this.days = Map.copyOf(days);
	}

	/**
	 * Where the data came from (a Spring resource string).
	 */
	String location() {
		return this.location;
	}

	/**
	 * The years the data covers; for other years only weekends are days off.
	 */
	SortedSet<Integer> years() {
		return this.years;
	}

	/**
	 * Covered years whose data is provisional (derived, not yet published officially).
	 */
	SortedSet<Integer> provisionalYears() {
		return this.provisionalYears;
	}

	boolean covers(int year) {
		return this.years.contains(year);
	}

	/**
	 * The special day on the given date, or {@code null} for an ordinary day.
	 */
	Day day(LocalDate date) {
		return this.days.get(date);
	}

	enum DayType {

		/**
		 * 放假: a day off, even if it falls on a weekday.
		 */
		HOLIDAY,

		/**
		 * 调休上班: a make-up workday on a Saturday or Sunday.
		 */
		WORKDAY

	}

	record Day(LocalDate date, DayType type, String name) {
	}

}

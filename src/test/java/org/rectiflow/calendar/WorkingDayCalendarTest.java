package org.rectiflow.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The working-day calendar with the holiday data shipped in
 * {@code calendar/cn-holidays.json}.
 */
class WorkingDayCalendarTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final WorkingDayCalendar calendar = shippedCalendar();

	static WorkingDayCalendar shippedCalendar() {
		return WorkingDayCalendar.load(CalendarProperties.DEFAULT_HOLIDAYS_LOCATION, SHANGHAI);
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	@Test
	void statutoryHolidayOnAWeekdayIsNotAWorkingDay() {
		assertThat(this.calendar.isWorkingDay(date("2025-10-01"))).as("国庆节 2025-10-01 (Wed)").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2025-10-08"))).as("国庆中秋 last day 2025-10-08 (Wed)").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2025-01-28"))).as("除夕 2025-01-28 (Tue)").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2026-02-23"))).as("春节 2026-02-23 (Mon)").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2026-01-02"))).as("元旦 2026-01-02 (Fri)").isFalse();
	}

	@Test
	void ordinaryWeekendIsNotAWorkingDay() {
		assertThat(this.calendar.isWorkingDay(date("2025-03-15"))).as("Saturday").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2025-03-16"))).as("Sunday").isFalse();
	}

	@Test
	void ordinaryWeekdayIsAWorkingDay() {
		assertThat(this.calendar.isWorkingDay(date("2025-03-17"))).as("Monday").isTrue();
		assertThat(this.calendar.isWorkingDay(date("2025-10-09"))).as("Thursday after National Day").isTrue();
	}

	@Test
	void makeUpSaturdayAndSundayAreWorkingDays() {
		assertThat(this.calendar.isWorkingDay(date("2025-10-11"))).as("调休 Saturday 2025-10-11").isTrue();
		assertThat(this.calendar.isWorkingDay(date("2025-02-08"))).as("调休 Saturday 2025-02-08").isTrue();
		assertThat(this.calendar.isWorkingDay(date("2025-09-28"))).as("调休 Sunday 2025-09-28").isTrue();
		assertThat(this.calendar.isWorkingDay(date("2026-01-04"))).as("调休 Sunday 2026-01-04").isTrue();
		assertThat(this.calendar.isWorkingDay(date("2026-02-28"))).as("调休 Saturday 2026-02-28").isTrue();
	}

	@Test
	void oneWorkingDayAfterSeptember30IsOctober9BecauseOfNationalDay2025() {
		assertThat(this.calendar.plusWorkingDays(date("2025-09-30"), 1)).isEqualTo(date("2025-10-09"));
		assertThat(this.calendar.plusWorkingDays(date("2025-09-30"), 2)).isEqualTo(date("2025-10-10"));
		assertThat(this.calendar.plusWorkingDays(date("2025-09-30"), 3)).as("make-up Saturday counts")
			.isEqualTo(date("2025-10-11"));
		assertThat(this.calendar.plusWorkingDays(date("2025-09-30"), 4)).isEqualTo(date("2025-10-13"));
	}

	@Test
	void tenWorkingDaysFromFridayBeforeNationalDay2025() {
		// 09-28 (Sun, make-up), 29, 30, 10-09, 10, 11 (Sat, make-up), 13, 14, 15, 16
		assertThat(this.calendar.plusWorkingDays(date("2025-09-26"), 10)).isEqualTo(date("2025-10-16"));
	}

	@Test
	void countingAcrossSpringFestival2025() {
		// Friday 01-24 -> 01-26 is a make-up Sunday, 01-27 Monday, then 01-28 to 02-04
		// off
		assertThat(this.calendar.plusWorkingDays(date("2025-01-24"), 1)).isEqualTo(date("2025-01-26"));
		assertThat(this.calendar.plusWorkingDays(date("2025-01-24"), 2)).isEqualTo(date("2025-01-27"));
		assertThat(this.calendar.plusWorkingDays(date("2025-01-24"), 3)).isEqualTo(date("2025-02-05"));
		// 02-05 .. 02-07 (Wed-Fri), 02-08 make-up Saturday
		assertThat(this.calendar.plusWorkingDays(date("2025-01-27"), 4)).isEqualTo(date("2025-02-08"));
	}

	@Test
	void countingAcrossSpringFestival2026() {
		// Friday 02-13 -> 02-14 is a make-up Saturday, then 02-15 to 02-23 off
		assertThat(this.calendar.plusWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-14"));
		assertThat(this.calendar.plusWorkingDays(date("2026-02-13"), 2)).isEqualTo(date("2026-02-24"));
	}

	@Test
	void countingAcrossTheTurnOfTheYear() {
		// 2025-12-31 (Wed) -> 2026-01-01..03 off, 01-04 make-up Sunday
		assertThat(this.calendar.plusWorkingDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-04"));
		assertThat(this.calendar.plusWorkingDays(date("2025-12-31"), 2)).isEqualTo(date("2026-01-05"));
	}

	@Test
	void zeroWorkingDaysIsTheStartDayItself() {
		assertThat(this.calendar.plusWorkingDays(date("2025-10-01"), 0)).isEqualTo(date("2025-10-01"));
	}

	@Test
	void negativeNumberOfWorkingDaysIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.calendar.plusWorkingDays(date("2025-10-01"), -1))
			.withMessageContaining("-1");
	}

	@Test
	void workingDaysBetweenCountsTheDaysAfterFromUpToAndIncludingTo() {
		// 10-09, 10-10, 10-11 (make-up Saturday)
		assertThat(this.calendar.workingDaysBetween(date("2025-09-30"), date("2025-10-12"))).isEqualTo(3);
		// October 2025: 23 weekdays - 6 holidays on weekdays + 1 make-up Saturday
		assertThat(this.calendar.workingDaysBetween(date("2025-09-30"), date("2025-10-31"))).isEqualTo(18);
		assertThat(this.calendar.workingDaysBetween(date("2025-10-01"), date("2025-10-08"))).isZero();
		assertThat(this.calendar.workingDaysBetween(date("2025-10-09"), date("2025-10-09"))).isZero();
	}

	@Test
	void workingDaysBetweenIsNegativeWhenToIsBeforeFrom() {
		assertThat(this.calendar.workingDaysBetween(date("2025-10-12"), date("2025-09-30"))).isEqualTo(-3);
	}

	@Test
	void workingDaysBetweenUndoesPlusWorkingDays() {
		for (LocalDate start = date("2024-12-20"); start.isBefore(date("2028-01-10")); start = start.plusDays(3)) {
			for (int days : new int[] { 0, 1, 2, 5, 10, 15, 20 }) {
				LocalDate end = this.calendar.plusWorkingDays(start, days);
				assertThat(this.calendar.workingDaysBetween(start, end)).as("%s + %d working days", start, days)
					.isEqualTo(days);
				if (days > 0) {
					assertThat(this.calendar.isWorkingDay(end)).isTrue();
				}
			}
		}
	}

	@Test
	void addingWorkingDaysToADateKeepsTheTimeOfDayInShanghai() {
		Date from = at("2025-09-30T15:30:00");
		assertThat(this.calendar.addWorkingDays(from, 1)).isEqualTo(at("2025-10-09T15:30:00"));
		assertThat(this.calendar.addWorkingDays(from, 0)).isEqualTo(from);
	}

	@Test
	void addingWorkingDaysUsesTheConfiguredZoneToFindTheDay() {
		// 2025-09-30T20:00 UTC is already 2025-10-01T04:00 in Shanghai, a holiday
		Date from = Date.from(LocalDateTime.parse("2025-09-30T20:00:00").atZone(ZoneId.of("UTC")).toInstant());
		assertThat(this.calendar.addWorkingDays(from, 1)).isEqualTo(at("2025-10-09T04:00:00"));
		WorkingDayCalendar utc = WorkingDayCalendar.load(CalendarProperties.DEFAULT_HOLIDAYS_LOCATION,
				ZoneId.of("UTC"));
		assertThat(utc.addWorkingDays(from, 1))
			.isEqualTo(Date.from(LocalDateTime.parse("2025-10-09T20:00:00").atZone(ZoneId.of("UTC")).toInstant()));
	}

	@Test
	void shippedDataCovers2025To2027With2027Provisional() {
		assertThat(this.calendar.coveredYears()).containsExactly(2025, 2026, 2027);
		assertThat(this.calendar.provisionalYears()).containsExactly(2027);
	}

	@Test
	void provisional2027DataSkipsSpringFestivalAndNationalDay() {
		assertThat(this.calendar.isWorkingDay(date("2027-02-05"))).as("除夕 2027-02-05 (Fri)").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2027-02-08"))).as("春节 2027-02-08 (Mon)").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2027-06-09"))).as("端午 2027-06-09 (Wed)").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2027-09-15"))).as("中秋 2027-09-15 (Wed)").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2027-10-09"))).as("调休 Saturday 2027-10-09").isTrue();
		assertThat(this.calendar.plusWorkingDays(date("2027-09-30"), 1)).isEqualTo(date("2027-10-08"));
	}

	@Test
	void outsideTheCoveredYearsOnlyWeekendsAreDaysOffAndOneWarningIsLoggedPerYear() {
		Logger logger = (Logger) LoggerFactory.getLogger(WorkingDayCalendar.class);
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		Level level = logger.getLevel();
		logger.setLevel(Level.INFO);
		logger.addAppender(logged);
		try {
			// 2030-01-01 is New Year's Day, but there is no data for 2030: Tuesday counts
			assertThat(this.calendar.isWorkingDay(date("2030-01-01"))).isTrue();
			assertThat(this.calendar.isWorkingDay(date("2030-01-05"))).as("Saturday").isFalse();
			assertThat(this.calendar.plusWorkingDays(date("2030-01-04"), 1)).isEqualTo(date("2030-01-07"));
			assertThat(this.calendar.isWorkingDay(date("2031-01-01"))).isTrue();
			assertThat(this.calendar.isWorkingDay(date("2031-01-02"))).isTrue();
		}
		finally {
			logger.detachAppender(logged);
			logger.setLevel(level);
		}
		assertThat(logged.list).allSatisfy((event) -> assertThat(event.getLevel()).isEqualTo(Level.WARN))
			.extracting(ILoggingEvent::getFormattedMessage)
			.satisfiesExactly((message) -> assertThat(message).startsWith("No holiday data for 2030"),
					(message) -> assertThat(message).startsWith("No holiday data for 2031"));
	}

	private static Date at(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
	}

}

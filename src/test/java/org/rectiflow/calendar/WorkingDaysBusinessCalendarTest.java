package org.rectiflow.calendar;

import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.rectiflow.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Camunda business calendar: {@code P<n>WD} means n working days.
 */
class WorkingDaysBusinessCalendarTest {

	private final WorkingDayCalendar workingDays = WorkingDayCalendarTest.shippedCalendar();

	private final WorkingDaysBusinessCalendar calendar = new WorkingDaysBusinessCalendar(this.workingDays,
			new DurationBusinessCalendar());

	@AfterEach
	void resetEngineClock() {
		TestClock.reset();
	}

	@Test
	void p10wdIsTenWorkingDaysAfterTheStartAtTheSameTime() {
		// 09-28 (Sun, make-up), 29, 30, 10-09, 10, 11 (Sat, make-up), 13, 14, 15, 16
		assertThat(this.calendar.resolveDuedate("P10WD", at("2025-09-26T10:00:00")))
			.isEqualTo(at("2025-10-16T10:00:00"));
	}

	@Test
	void withoutAStartDateWorkingDaysCountFromTheEngineClock() {
		ClockUtil.setCurrentTime(at("2025-09-30T09:15:00"));
		assertThat(this.calendar.resolveDuedate("P1WD")).isEqualTo(at("2025-10-09T09:15:00"));
		assertThat(this.calendar.resolveDuedate("P1WD", (Date) null)).isEqualTo(at("2025-10-09T09:15:00"));
		assertThat(this.calendar.resolveDuedate("P1WD", (org.camunda.bpm.engine.task.Task) null))
			.isEqualTo(at("2025-10-09T09:15:00"));
	}

	@Test
	void syntaxIsCaseInsensitiveAndIgnoresSurroundingBlanks() {
		assertThat(WorkingDaysBusinessCalendar.workingDays("P10WD")).hasValue(10);
		assertThat(WorkingDaysBusinessCalendar.workingDays(" p3wd ")).hasValue(3);
		assertThat(WorkingDaysBusinessCalendar.workingDays("P0WD")).hasValue(0);
		assertThat(WorkingDaysBusinessCalendar.workingDays("P10D")).isEmpty();
		assertThat(WorkingDaysBusinessCalendar.workingDays("P1W")).isEmpty();
		assertThat(WorkingDaysBusinessCalendar.workingDays("PT10WD")).isEmpty();
		assertThat(WorkingDaysBusinessCalendar.workingDays("P-1WD")).isEmpty();
		assertThat(WorkingDaysBusinessCalendar.workingDays(null)).isEmpty();
	}

	@Test
	void ordinaryIsoDurationsAreLeftToTheStandardCalendar() {
		Date start = at("2025-09-30T10:00:00");
		assertThat(this.calendar.resolveDuedate("PT2H", start)).isEqualTo(at("2025-09-30T12:00:00"));
		assertThat(this.calendar.resolveDuedate("P1D", start)).as("calendar days, not working days")
			.isEqualTo(at("2025-10-01T10:00:00"));
	}

	@Test
	void invalidDescriptionFailsLikeTheStandardCalendar() {
		assertThatExceptionOfType(ProcessEngineException.class)
			.isThrownBy(() -> this.calendar.resolveDuedate("ten working days", at("2025-09-30T10:00:00")));
	}

	@Test
	void dueDateCalendarStillAcceptsFixedDates() {
		WorkingDaysBusinessCalendar dueDate = new WorkingDaysBusinessCalendar(this.workingDays,
				new DueDateBusinessCalendar());
		assertThat(dueDate.resolveDuedate("P2WD", at("2025-09-30T10:00:00"))).isEqualTo(at("2025-10-10T10:00:00"));
		assertThat(dueDate.resolveDuedate("2025-11-03T08:00:00")).isNotNull();
	}

	private static Date at(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendarTest.SHANGHAI).toInstant());
	}

}

package org.rectiflow.workflow;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rectiflow.calendar.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The deadlines the models compute, in the county's time zone and working days. */
class DeadlinesTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Deadlines deadlines = new Deadlines(
			new DeadlineProperties(Map.of("rectification-report", "P2M", "onsite-minimum-key", "10WD", "briefing",
					"-P3D", "long-term-progress", "R/P1M"), new DeadlineProperties.Warning(20, 10, 30)),
			WorkingDayCalendar.load("classpath:calendar/cn-holidays.json", CHINA));

	@Test
	void aPeriodEndsAtTheEndOfTheDay() {
		assertThat(this.deadlines.dueIn("rectification-report", "2026-04-15")).isEqualTo(at("2026-06-15T23:59:59"));
		assertThat(this.deadlines.dueIn("briefing", "2026-03-16")).isEqualTo(at("2026-03-13T23:59:59"));
	}

	@Test
	void workingDaysSkipTheNationalDayHolidayAndCountTheMakeUpSaturday() {
		// 2026-09-30 + 10 working days: 10/1-10/7 off, 10/10 (Saturday) is a make-up
		// working day
		assertThat(this.deadlines.dueIn("onsite-minimum-key", "2026-09-30")).isEqualTo(at("2026-10-20T23:59:59"));
	}

	@Test
	void theWarningLadderSitsAroundTheDeadline() {
		assertThat(this.deadlines.warningAt("2026-06-30", "GREEN")).isEqualTo(at("2026-06-10T09:00"));
		assertThat(this.deadlines.warningAt("2026-06-30", "YELLOW")).isEqualTo(at("2026-06-20T09:00"));
		assertThat(this.deadlines.warningAt("2026-06-30", "RED")).isEqualTo(at("2026-06-30T23:59:59"));
		assertThat(this.deadlines.warningAt(at("2026-06-30T15:00"), "ADMONISH")).isEqualTo(at("2026-07-30T09:00"));
	}

	@Test
	void datesArriveAsDatesOrAsFormStrings() {
		Date fromForm = this.deadlines.dueIn("rectification-report", "2026-04-15");
		Date fromIso = this.deadlines.dueIn("rectification-report", "2026-04-15T10:00:00.000+0800");
		assertThat(fromIso).isEqualTo(fromForm);
	}

	@Test
	void mistakesNameWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.deadlines.dueIn("no-such", "2026-01-01"))
			.withMessageContaining("rectiflow.deadlines.no-such");
		assertThatIllegalArgumentException().isThrownBy(() -> this.deadlines.dueIn("briefing", null))
			.withMessageContaining("'from'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.deadlines.warningAt("2026-01-01", "BLUE"))
			.withMessageContaining("BLUE");
		assertThatIllegalArgumentException().isThrownBy(() -> this.deadlines.warningAt("31/12/2026", "RED"))
			.withMessageContaining("should be a date");
	}

	@Test
	void aDeadlineReadsAsTheSettingThatDrivesItsTimer() {
		Deadlines other = new Deadlines(
				new DeadlineProperties(
						Map.of("reply", "P2M", "onsite", "15WD", "after", "P1Y6M", "today", "P0D", "fortnight", "P14D"),
						new DeadlineProperties.Warning(25, 8, 40)),
				WorkingDayCalendar.load("classpath:calendar/cn-holidays.json", CHINA));
		assertThat(other.text("reply")).isEqualTo("2 个月");
		assertThat(other.text("onsite")).isEqualTo("15 个工作日");
		assertThat(other.text("after")).isEqualTo("1 年 6 个月");
		assertThat(other.text("today")).isEqualTo("当日");
		assertThat(other.text("fortnight")).isEqualTo("14 日");
		assertThat(other.warning().yellowDaysBefore()).isEqualTo(8);
		assertThat(this.deadlines.text("onsite-minimum-key")).isEqualTo("10 个工作日");
	}

	@Test
	void cyclesAreReadFromTheSettings() {
		assertThat(this.deadlines.cycle("long-term-progress")).isEqualTo("R/P1M");
	}

	private static Date at(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant());
	}

}

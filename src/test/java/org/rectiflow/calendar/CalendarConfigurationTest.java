package org.rectiflow.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring wiring and the {@code rectiflow.calendar.*} settings.
 */
class CalendarConfigurationTest {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(CalendarConfiguration.class);

	@TempDir
	Path dir;

	@Test
	void byDefaultTheShippedHolidaysAndShanghaiTimeAreUsed() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasBean("workingDays").hasSingleBean(WorkingDayCalendar.class);
			WorkingDayCalendar calendar = context.getBean("workingDays", WorkingDayCalendar.class);
			assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
			assertThat(calendar.coveredYears()).containsExactly(2025, 2026, 2027);
			assertThat(context.getBean(CalendarProperties.class).holidaysLocation())
				.isEqualTo("classpath:calendar/cn-holidays.json");
		});
	}

	@Test
	void processEnginePluginIsABeanForTheCamundaStarterToPickUp() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(ProcessEnginePlugin.class)
			.getBean(ProcessEnginePlugin.class)
			.isInstanceOf(WorkingDaysEnginePlugin.class));
	}

	@Test
	void holidaysLocationAndZoneCanBeOverridden() throws IOException {
		Path file = this.dir.resolve("holidays.json");
		Files.writeString(file, """
				{ "years": [ { "year": 2025, "days": [ { "date": "2025-03-03", "type": "HOLIDAY", "name": "县庆" } ] } ] }
				""");
		this.contextRunner
			.withPropertyValues("rectiflow.calendar.holidays-location=" + file.toUri(), "rectiflow.calendar.zone=UTC")
			.run((context) -> {
				WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
				assertThat(calendar.zone()).isEqualTo(ZoneId.of("UTC"));
				assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-03"))).isFalse();
				assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).isTrue();
			});
	}

	@Test
	void holidaysLocationCanBeAPlainFilePath() throws IOException {
		Path file = this.dir.resolve("holidays.json");
		Files.writeString(file, """
				{ "years": [ { "year": 2025, "days": [ { "date": "2025-03-03", "type": "HOLIDAY", "name": "县庆" } ] } ] }
				""");
		this.contextRunner.withPropertyValues("rectiflow.calendar.holidays-location=" + file)
			.run((context) -> assertThat(
					context.getBean(WorkingDayCalendar.class).isWorkingDay(LocalDate.parse("2025-03-03")))
				.isFalse());
	}

	@Test
	void malformedOverrideFileStopsStartupWithAMessageNamingTheFile() throws IOException {
		Path file = this.dir.resolve("broken.json");
		Files.writeString(file, "{ \"years\": [ { \"year\": 2025, \"days\": [ { \"date\": \"2025-02-30\" ");
		this.contextRunner.withPropertyValues("rectiflow.calendar.holidays-location=" + file.toUri()).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			while (failure != null && !(failure instanceof InvalidHolidayDataException)) {
				failure = failure.getCause();
			}
			assertThat(failure).isInstanceOf(InvalidHolidayDataException.class)
				.hasMessageStartingWith("Holiday calendar file '" + file.toUri() + "'")
				.hasMessageContaining("line 1");
		});
	}

}

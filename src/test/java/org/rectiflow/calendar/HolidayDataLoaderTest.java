package org.rectiflow.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.io.ApplicationResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading holiday files, in particular a user's override file.
 */
class HolidayDataLoaderTest {

	private final HolidayDataLoader loader = new HolidayDataLoader(ApplicationResourceLoader.get());

	@TempDir
	Path dir;

	private String write(String json) throws IOException {
		Path file = this.dir.resolve("holidays.json");
		Files.writeString(file, json, StandardCharsets.UTF_8);
		return file.toUri().toString();
	}

	@Test
	void overrideFileReplacesTheShippedData() throws IOException {
		String location = write("""
				{
				  "comment": "县里自定的假期",
				  "years": [
				    {
				      "year": 2025,
				      "provisional": false,
				      "days": [
				        { "date": "2025-03-03", "type": "HOLIDAY", "name": "县庆" },
				        { "date": "2025-03-08", "type": "WORKDAY", "name": "县庆调休上班" }
				      ]
				    }
				  ]
				}
				""");
		WorkingDayCalendar calendar = new WorkingDayCalendar(this.loader.load(location), ZoneId.of("Asia/Shanghai"));
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-03"))).as("Monday made a holiday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-08"))).as("Saturday made a workday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01")))
			.as("the shipped National Day is not in the override file")
			.isTrue();
		assertThat(calendar.coveredYears()).containsExactly(2025);
		assertThat(calendar.provisionalYears()).isEmpty();
	}

	@Test
	void locationWithoutPrefixIsAFilePath() throws IOException {
		write("""
				{ "years": [ { "year": 2025, "days": [ { "date": "2025-03-03", "type": "HOLIDAY", "name": "县庆" } ] } ] }
				""");
		HolidayData data = this.loader.load(this.dir.resolve("holidays.json").toString());
		assertThat(data.day(LocalDate.parse("2025-03-03")).name()).isEqualTo("县庆");
	}

	@Test
	void yearWithoutHolidaysIsCoveredAndOnlyHasWeekendsOff() throws IOException {
		HolidayData data = this.loader.load(write("""
				{ "years": [ { "year": 2030, "days": [] } ] }
				"""));
		assertThat(data.covers(2030)).isTrue();
		assertThat(new WorkingDayCalendar(data, ZoneId.of("UTC")).isWorkingDay(LocalDate.parse("2030-01-01"))).isTrue();
	}

	@Test
	void missingFileIsReportedWithItsLocation() {
		String location = this.dir.resolve("nope.json").toUri().toString();
		assertThatExceptionOfType(InvalidHolidayDataException.class).isThrownBy(() -> this.loader.load(location))
			.withMessageContaining(location)
			.withMessageContaining("rectiflow.calendar.holidays-location")
			.withMessageContaining("does not exist");
	}

	@Test
	void fileThatIsNotJsonIsReportedWithItsLocationAndLine() throws IOException {
		String location = write("""
				{
				  "years": [
				    { "year": 2025, "days": [ { "date": "2025-10-01", "type": "HOLIDAY" "name": "国庆节" } ] }
				  ]
				}
				""");
		assertThatExceptionOfType(InvalidHolidayDataException.class).isThrownBy(() -> this.loader.load(location))
			.withMessageContaining("Holiday calendar file '" + location + "'")
			.withMessageContaining("is not valid")
			.withMessageContaining("line 3");
	}

	@Test
	void misspelledFieldIsReportedWithWhereItIs() throws IOException {
		String location = write("""
				{ "years": [ { "year": 2025, "days": [ { "date": "2025-10-01", "typ": "HOLIDAY" } ] } ] }
				""");
		assertThatExceptionOfType(InvalidHolidayDataException.class).isThrownBy(() -> this.loader.load(location))
			.withMessageContaining(location)
			.withMessageContaining("unknown field \"typ\" in years[0].days[0]")
			.withMessageContaining("allowed: date, name, type");
	}

	@Test
	void everyBadEntryIsReportedWithItsPath() throws IOException {
		String location = write("""
				{
				  "years": [
				    {
				      "year": 2025,
				      "days": [
				        { "date": "2025-13-01", "type": "HOLIDAY", "name": "?" },
				        { "date": "2025-10-01", "type": "VACATION", "name": "国庆节" },
				        { "date": "2025-10-09", "type": "WORKDAY", "name": "周四不能调休上班" },
				        { "date": "2026-01-01", "type": "HOLIDAY", "name": "元旦" },
				        { "date": "2025-10-02", "type": "HOLIDAY", "name": "国庆节" },
				        { "date": "2025-10-02", "type": "HOLIDAY", "name": "国庆节" },
				        { "type": "HOLIDAY" }
				      ]
				    },
				    { "year": 2025, "days": [] },
				    { "days": [] }
				  ]
				}
				""");
		assertThatExceptionOfType(InvalidHolidayDataException.class).isThrownBy(() -> this.loader.load(location))
			.withMessageStartingWith("Holiday calendar file '" + location + "'")
			.withMessageContaining("years[0].days[0].date: '2025-13-01' is not a date in the form yyyy-MM-dd")
			.withMessageContaining("years[0].days[1].type: 'VACATION' is neither HOLIDAY nor WORKDAY")
			.withMessageContaining("years[0].days[2]: 2025-10-09 is a Thursday; a make-up workday (WORKDAY) must be "
					+ "a Saturday or Sunday")
			.withMessageContaining("years[0].days[3].date: 2026-01-01 is not in year 2025")
			.withMessageContaining("years[0].days[5].date: 2025-10-02 is listed more than once")
			.withMessageContaining("years[0].days[6].date: is missing")
			.withMessageContaining("years[1].year: 2025 is listed more than once")
			.withMessageContaining("years[2].year: is missing");
	}

	@Test
	void fileWithoutYearsIsRejected() throws IOException {
		String location = write("{ \"comment\": \"nothing here\" }");
		assertThatExceptionOfType(InvalidHolidayDataException.class).isThrownBy(() -> this.loader.load(location))
			.withMessageContaining(location)
			.withMessageContaining("\"years\" is missing");
	}

	@Test
	void emptyFileIsRejected() throws IOException {
		String location = write("");
		assertThatExceptionOfType(InvalidHolidayDataException.class).isThrownBy(() -> this.loader.load(location))
			.withMessageContaining(location)
			.withMessageContaining("empty");
	}

	@Test
	void shippedFileListsEveryMakeUpWorkdayOnAWeekend() {
		HolidayData data = this.loader.load(CalendarProperties.DEFAULT_HOLIDAYS_LOCATION);
		// the loader rejects a WORKDAY on a weekday, so loading is the check; spot-check
		// a few
		assertThat(data.day(LocalDate.parse("2025-04-27")).type()).isEqualTo(HolidayData.DayType.WORKDAY);
		assertThat(data.day(LocalDate.parse("2025-04-27")).name()).isEqualTo("劳动节调休上班");
		assertThat(data.day(LocalDate.parse("2025-05-31")).type()).isEqualTo(HolidayData.DayType.HOLIDAY);
		assertThat(data.day(LocalDate.parse("2025-05-31")).name()).isEqualTo("端午节");
	}

}

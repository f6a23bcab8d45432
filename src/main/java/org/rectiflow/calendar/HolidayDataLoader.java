package org.rectiflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.rectiflow.calendar.HolidayData.Day;
import org.rectiflow.calendar.HolidayData.DayType;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads and checks a holiday file (see {@code calendar/cn-holidays.json} for the format).
 * Every problem is reported in one {@link InvalidHolidayDataException} that names the
 * file, so that a user who edits an override file sees what to fix.
 */
class HolidayDataLoader {

	private static final int MAX_REPORTED_PROBLEMS = 20;

	/**
	 * Jackson's "[Source: REDACTED (...); line: 1, column: 40]", shortened for users.
	 */
	private static final Pattern JACKSON_SOURCE = Pattern
		.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final ResourceLoader resourceLoader;

	HolidayDataLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	HolidayData load(String location) {
		if (location == null || location.isBlank()) {
			throw new InvalidHolidayDataException("No holiday calendar file configured: "
					+ CalendarProperties.HOLIDAYS_LOCATION_PROPERTY + " is empty");
		}
		Resource resource = this.resourceLoader.getResource(location);
		if (!resource.exists()) {
			throw new InvalidHolidayDataException(describe(location) + " does not exist");
		}
		HolidayFile file;
		try (InputStream in = resource.getInputStream()) {
			String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (json.isBlank()) {
				throw new InvalidHolidayDataException(describe(location) + " is empty");
			}
			file = MAPPER.readValue(json, HolidayFile.class);
		}
		catch (JacksonException ex) {
			throw new InvalidHolidayDataException(describe(location) + " is not valid: " + explain(ex), ex);
		}
		catch (IOException ex) {
			throw new InvalidHolidayDataException(describe(location) + " cannot be read: " + ex.getMessage(), ex);
		}
		return check(location, file);
	}

	private HolidayData check(String location, HolidayFile file) {
		List<String> problems = new ArrayList<>();
		SortedSet<Integer> years = new TreeSet<>();
		SortedSet<Integer> provisionalYears = new TreeSet<>();
		Map<LocalDate, Day> days = new HashMap<>();
		if (file == null) {
			problems.add("the file is empty");
		}
		else if (file.years() == null) {
			problems.add("\"years\" is missing");
		}
		else {
			for (int i = 0; i < file.years().size(); i++) {
				checkYear("years[" + i + "]", file.years().get(i), years, provisionalYears, days, problems);
			}
		}
		if (!problems.isEmpty()) {
			StringBuilder message = new StringBuilder(describe(location)).append(" is not valid:");
			problems.stream()
				.limit(MAX_REPORTED_PROBLEMS)
				.forEach((problem) -> message.append(System.lineSeparator()).append(" - ").append(problem));
			if (problems.size() > MAX_REPORTED_PROBLEMS) {
				message.append(System.lineSeparator())
					.append(" - ... and ")
					.append(problems.size() - MAX_REPORTED_PROBLEMS)
					.append(" more");
			}
			throw new InvalidHolidayDataException(message.toString());
		}
		return new HolidayData(location, years, provisionalYears, days);
	}

	private void checkYear(String path, YearEntry entry, SortedSet<Integer> years, SortedSet<Integer> provisionalYears,
			Map<LocalDate, Day> days, List<String> problems) {
		if (entry == null) {
			problems.add(path + ": must be an object with \"year\" and \"days\"");
			return;
		}
		if (entry.year() == null) {
			problems.add(path + ".year: is missing");
			return;
		}
		int year = entry.year();
		if (!years.add(year)) {
			problems.add(path + ".year: " + year + " is listed more than once");
			return;
		}
		if (Boolean.TRUE.equals(entry.provisional())) {
			provisionalYears.add(year);
		}
		if (entry.days() == null) {
			problems.add(path + ".days: is missing (use [] for a year without holidays)");
			return;
		}
		for (int j = 0; j < entry.days().size(); j++) {
			Day day = checkDay(path + ".days[" + j + "]", year, entry.days().get(j), problems);
			if (day != null) {
				Day previous = days.putIfAbsent(day.date(), day);
				if (previous != null) {
					problems.add(path + ".days[" + j + "].date: " + day.date() + " is listed more than once");
				}
			}
		}
	}

	private Day checkDay(String path, int year, DayEntry entry, List<String> problems) {
		if (entry == null) {
			problems.add(path + ": must be an object with \"date\", \"type\" and \"name\"");
			return null;
		}
		LocalDate date = null;
		if (entry.date() == null) {
			problems.add(path + ".date: is missing");
		}
		else {
			try {
				date = LocalDate.parse(entry.date().trim());
				if (date.getYear() != year) {
					problems.add(path + ".date: " + date + " is not in year " + year);
					date = null;
				}
			}
			catch (DateTimeParseException ex) {
				problems.add(path + ".date: '" + entry.date() + "' is not a date in the form yyyy-MM-dd");
			}
		}
		DayType type = null;
		if (entry.type() == null) {
			problems.add(path + ".type: is missing (HOLIDAY or WORKDAY)");
		}
		else {
			try {
				type = DayType.valueOf(entry.type().trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(path + ".type: '" + entry.type() + "' is neither HOLIDAY nor WORKDAY");
			}
		}
		if (date == null || type == null) {
			return null;
		}
		if (type == DayType.WORKDAY && !isWeekend(date)) {
			problems
				.add(path + ": " + date + " is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
						+ "; a make-up workday (WORKDAY) must be a Saturday or Sunday");
			return null;
		}
		return new Day(date, type, (entry.name() != null) ? entry.name().trim() : "");
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static String describe(String location) {
		return "Holiday calendar file '" + location + "' (" + CalendarProperties.HOLIDAYS_LOCATION_PROPERTY + ")";
	}

	private static String explain(JacksonException ex) {
		StringBuilder explanation = new StringBuilder();
		if (ex instanceof UnrecognizedPropertyException unknown) {
			String parent = pathOf(unknown, 1);
			explanation.append("unknown field \"")
				.append(unknown.getPropertyName())
				.append("\"")
				.append(parent.isEmpty() ? "" : " in " + parent)
				.append(" (allowed: ")
				.append(String.join(", ",
						unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()))
				.append(")");
		}
		else {
			String path = (ex instanceof JsonMappingException mapping) ? pathOf(mapping, 0) : "";
			if (!path.isEmpty()) {
				explanation.append(path).append(": ");
			}
			explanation.append(JACKSON_SOURCE.matcher(ex.getOriginalMessage()).replaceAll("line $1, column $2"));
		}
		JsonLocation where = ex.getLocation();
		if (where != null && where.getLineNr() > 0) {
			explanation.append(" (line ")
				.append(where.getLineNr())
				.append(", column ")
				.append(where.getColumnNr())
				.append(")");
		}
		return explanation.toString();
	}

	private static String pathOf(JsonMappingException ex, int dropLast) {
		StringBuilder path = new StringBuilder();
		List<JsonMappingException.Reference> references = ex.getPath();
		for (JsonMappingException.Reference reference : references.subList(0,
				Math.max(0, references.size() - dropLast))) {
			if (reference.getFieldName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * The holiday file as written.
	 */
	record HolidayFile(String comment, List<YearEntry> years) {
	}

	/**
	 * One year of the holiday file.
	 */
	record YearEntry(Integer year, Boolean provisional, String source, String comment, List<DayEntry> days) {
	}

	/**
	 * One special day: {@code {"date": "2025-10-01", "type": "HOLIDAY", "name": "国庆节"}}.
	 */
	record DayEntry(String date, String type, String name) {
	}

}

package org.rectiflow.calendar;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the working-day calendar ({@code rectiflow.calendar.*}).
 *
 * @param holidaysLocation where the holiday data is read from, as a Spring resource
 * string; the default is the data shipped with the application. Point it at your own file
 * to override it, for example {@code file:/etc/rectiflow/holidays.json}. The file
 * replaces the shipped data as a whole (no merging).
 * @param zone time zone in which a {@link java.util.Date} is turned into a calendar day
 * by the {@code Date} variants of {@link WorkingDayCalendar} and by the Camunda business
 * calendar
 */
@ConfigurationProperties("rectiflow.calendar")
public record CalendarProperties(@DefaultValue(DEFAULT_HOLIDAYS_LOCATION) String holidaysLocation,
		@DefaultValue(DEFAULT_ZONE) ZoneId zone) {

	/**
	 * The holiday data shipped with the application (2025–2027).
	 */
	public static final String DEFAULT_HOLIDAYS_LOCATION = "classpath:calendar/cn-holidays.json";

	/**
	 * China Standard Time.
	 */
	public static final String DEFAULT_ZONE = "Asia/Shanghai";

	/**
	 * The property that names the holiday file, quoted in error messages.
	 */
	static final String HOLIDAYS_LOCATION_PROPERTY = "rectiflow.calendar.holidays-location";

}

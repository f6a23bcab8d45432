package org.rectiflow.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How people read times: in the county's time zone (Asia/Shanghai), the Chinese way.
 * Pages use it as {@code @times}: {@code ${@times.minute(letter.issuedAt)}} → 2026-12-07
 * 15:29, {@code ${@times.day(item.deadline)}} → 2026-12-07,
 * {@code ${@times.chinese(day)}} → 2026年12月7日. Instants, {@link Date}s, local dates and
 * ISO strings (as process variables hold them) are all accepted; {@code null} is an empty
 * text.
 */
@Component("times")
public class Times {

	private final ZoneId zone;

	private final DateTimeFormatter minute;

	private final DateTimeFormatter day;

	private final DateTimeFormatter chinese;

	Times(@Value("${rectiflow.calendar.zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
		this.minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
		this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
		this.chinese = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(zone);
	}

	/** yyyy-MM-dd HH:mm in the county's zone; a date alone as yyyy-MM-dd. */
	public String minute(Object time) {
		TemporalAccessor value = read(time);
		if (value instanceof LocalDate date) {
			return this.day.format(date);
		}
		return (value != null) ? this.minute.format(value) : "";
	}

	/** yyyy-MM-dd in the county's zone. */
	public String day(Object time) {
		TemporalAccessor value = read(time);
		return (value != null) ? this.day.format(value) : "";
	}

	/** yyyy年M月d日 in the county's zone. */
	public String chinese(Object time) {
		TemporalAccessor value = read(time);
		return (value != null) ? this.chinese.format(value) : "";
	}

	/** The county's local date of a time; {@code null} for none. */
	public LocalDate date(Object time) {
		TemporalAccessor value = read(time);
		if (value == null) {
			return null;
		}
		return (value instanceof LocalDate date) ? date : LocalDate.ofInstant(Instant.from(value), this.zone);
	}

	private TemporalAccessor read(Object time) {
		if (time == null || (time instanceof String text && text.isBlank())) {
			return null;
		}
		if (time instanceof Date date) {
			return date.toInstant();
		}
		if (time instanceof LocalDateTime local) {
			return local.atZone(this.zone).toInstant();
		}
		if (time instanceof LocalDate || time instanceof Instant || time instanceof ZonedDateTime
				|| time instanceof OffsetDateTime) {
			return (TemporalAccessor) time;
		}
		if (time instanceof String text) {
			return parse(text.strip());
		}
		throw new IllegalArgumentException("Not a time: " + time.getClass().getSimpleName());
	}

	private TemporalAccessor parse(String text) {
		if (text.length() == 10) {
			return LocalDate.parse(text);
		}
		if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
			return OffsetDateTime.parse(text).toInstant();
		}
		return LocalDateTime.parse(text).atZone(this.zone).toInstant();
	}

}

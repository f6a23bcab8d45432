package org.rectiflow.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Reads process variables as forms and models write them (docs/process-variables.md §6):
 * a date may be a {@code String} {@code yyyy-MM-dd} (a Camunda Form), an ISO date-time, a
 * {@link Date} or a {@link LocalDate}; a number may be any {@link Number}. A value of the
 * wrong kind is an {@link InvalidInputException} naming the variable, so that the step
 * fails and shows as an incident instead of storing nonsense.
 */
public final class VariableValues {

	private VariableValues() {
	}

	public static String text(String name, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof String text) {
			return text.isBlank() ? null : text.strip();
		}
		throw wrong(name, value, "text");
	}

	public static LocalDate date(String name, Object value, ZoneId zone) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return null;
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), zone);
		}
		if (value instanceof LocalDateTime dateTime) {
			return dateTime.toLocalDate();
		}
		if (value instanceof String text) {
			try {
				return parseDate(text.strip(), zone);
			}
			catch (DateTimeParseException ex) {
				throw wrong(name, value, "date yyyy-MM-dd");
			}
		}
		throw wrong(name, value, "date");
	}

	/**
	 * A day, an ISO date-time with an offset (+08:00, +0800 or Z: its day in the zone) or
	 * a local ISO date-time (its day as written).
	 */
	private static LocalDate parseDate(String text, ZoneId zone) {
		if (text.length() <= 10) {
			return LocalDate.parse(text);
		}
		if (text.matches(".*([+-]\\d{2}:?\\d{2}|Z)$")) {
			return OffsetDateTime.parse(text.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2"))
				.atZoneSameInstant(zone)
				.toLocalDate();
		}
		return LocalDateTime.parse(text).toLocalDate();
	}

	public static BigDecimal money(String name, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			BigDecimal amount = new BigDecimal(number.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
			if (amount.signum() < 0) {
				throw wrong(name, value, "amount >= 0");
			}
			return amount;
		}
		throw wrong(name, value, "number");
	}

	public static Boolean flag(String name, Object value) {
		if (value == null || value instanceof Boolean) {
			return (Boolean) value;
		}
		throw wrong(name, value, "true/false");
	}

	private static InvalidInputException wrong(String name, Object value, String expected) {
		return new InvalidInputException("流程变量 " + name + " 的值无效 / Process variable " + name + " should be a "
				+ expected + ", but is " + value.getClass().getSimpleName() + " '" + value + "'");
	}

}

package org.rectiflow.common;

import java.math.BigDecimal;
import java.time.LocalDate;
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
		if (value instanceof String text) {
			try {
				return (text.length() <= 10) ? LocalDate.parse(text.strip())
						: OffsetDateTime.parse(text.strip()).atZoneSameInstant(zone).toLocalDate();
			}
			catch (DateTimeParseException ex) {
				throw wrong(name, value, "date yyyy-MM-dd");
			}
		}
		throw wrong(name, value, "date");
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

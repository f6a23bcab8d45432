package org.rectiflow.rectification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.VariableValues;

/**
 * Reads the process variables a step needs, whatever type the form or the caller gave
 * them (a Camunda Forms date is a {@code yyyy-MM-dd} string), with a message naming the
 * variable when one is missing or malformed.
 */
final class ProcessValues {

	private final VariableScope scope;

	private final ZoneId zone;

	ProcessValues(VariableScope scope, ZoneId zone) {
		this.scope = scope;
		this.zone = zone;
	}

	Object raw(String name) {
		return this.scope.getVariable(name);
	}

	String string(String name) {
		Object value = raw(name);
		return (value != null) ? value.toString() : null;
	}

	String requiredString(String name) {
		String value = string(name);
		if (value == null || value.isBlank()) {
			throw missing(name);
		}
		return value;
	}

	Long longValue(String name) {
		Object value = raw(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Number number) {
			return number.longValue();
		}
		try {
			return Long.valueOf(value.toString().strip());
		}
		catch (NumberFormatException ex) {
			throw malformed(name, value, "整数 / a whole number");
		}
	}

	Integer integer(String name) {
		Long value = longValue(name);
		return (value != null) ? Math.toIntExact(value) : null;
	}

	BigDecimal decimal(String name) {
		Object value = raw(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.toString().strip());
		}
		catch (NumberFormatException ex) {
			throw malformed(name, value, "数字 / a number");
		}
	}

	boolean flag(String name) {
		Object value = raw(name);
		return (value instanceof Boolean bool) ? bool : Boolean.parseBoolean(String.valueOf(value));
	}

	LocalDate date(String name) {
		return VariableValues.date(name, raw(name), this.zone);
	}

	LocalDate requiredDate(String name) {
		LocalDate date = date(name);
		if (date == null) {
			throw missing(name);
		}
		return date;
	}

	/**
	 * Sets a process variable only when its value changes: setting an equal value still
	 * costs an update and a history detail row per variable.
	 */
	static void setIfChanged(VariableScope scope, String name, Object value) {
		if (!scope.hasVariable(name) || !java.util.Objects.equals(scope.getVariable(name), value)) {
			scope.setVariable(name, value);
		}
	}

	static InvalidInputException missing(String name) {
		return new InvalidInputException("缺少流程变量 " + name + " / Process variable " + name + " is missing");
	}

	private static InvalidInputException malformed(String name, Object value, String expected) {
		return new InvalidInputException("流程变量 " + name + " 的值「" + value + "」应为" + expected.split(" / ")[0]
				+ " / Process variable " + name + " must be " + expected.split(" / ")[1]);
	}

}

package org.rectiflow.workbench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The validation of a Camunda Form field (required, lengths, range, pattern, dates), with
 * the message a county's staff read: Chinese, naming the field.
 */
final class FieldRules {

	private FieldRules() {
	}

	/** The first rule the value breaks, or {@code null}. */
	static String check(FormComponent c, Object raw, Object value, LocalDate today) {
		String label = "「" + (c.label() != null ? c.label() : c.key()) + "」";
		boolean choice = List.of("select", "radio", "checklist", "checkbox", "datetime").contains(c.type());
		if (isEmpty(c, raw, value)) {
			if (c.required()) {
				return (choice ? "请选择" : "请填写") + label;
			}
			return null;
		}
		switch (c.type()) {
			case "textfield", "textarea":
				return text(c, label, (String) value);
			case "number":
				return number(c, label, (BigDecimal) value);
			case "datetime":
				if (value == null) {
					return label + "应为 yyyy-MM-dd 格式的日期，例如 " + today;
				}
				if (c.disallowPassedDates() && LocalDate.parse((String) value).isBefore(today)) {
					return label + "不能早于今天（" + today + "）";
				}
				return null;
			case "select", "radio":
				return c.values().stream().anyMatch((o) -> o.value().equals(value)) ? null : label + "的选项无效，请重新选择";
			case "checklist":
				return ((List<?>) value).stream()
					.allMatch((v) -> c.values().stream().anyMatch((o) -> o.value().equals(String.valueOf(v)))) ? null
							: label + "的选项无效，请重新选择";
			default:
				return null;
		}
	}

	private static boolean isEmpty(FormComponent c, Object raw, Object value) {
		if ("checkbox".equals(c.type())) {
			return !Boolean.TRUE.equals(value);
		}
		if (raw instanceof List<?> list) {
			return list.isEmpty();
		}
		return raw == null || ((String) raw).isBlank();
	}

	private static String text(FormComponent c, String label, String value) {
		int length = value.length();
		if (c.minLength() != null && length < c.minLength()) {
			return label + "至少需要 " + c.minLength() + " 个字（现有 " + length + " 个）";
		}
		if (c.maxLength() != null && length > c.maxLength()) {
			return label + "最多 " + c.maxLength() + " 个字（现有 " + length + " 个）";
		}
		if (c.pattern() != null && !FormFiller.matches(c.pattern(), value)) {
			return label + "格式不正确" + (c.description() != null ? "：应为" + c.description() : "");
		}
		return null;
	}

	private static String number(FormComponent c, String label, BigDecimal value) {
		if (value == null) {
			return label + "必须是数字";
		}
		if (c.decimalDigits() != null && value.stripTrailingZeros().scale() > c.decimalDigits()) {
			return (c.decimalDigits() == 0) ? label + "必须是整数" : label + "最多保留 " + c.decimalDigits() + " 位小数";
		}
		if (c.min() != null && value.compareTo(c.min()) < 0) {
			return label + "不能小于 " + c.min().toPlainString();
		}
		if (c.max() != null && value.compareTo(c.max()) > 0) {
			return label + "不能大于 " + c.max().toPlainString();
		}
		return null;
	}

}

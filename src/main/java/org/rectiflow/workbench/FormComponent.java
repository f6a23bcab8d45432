package org.rectiflow.workbench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One component of a Camunda Form (schema as Camunda Modeler writes it), with the
 * properties the workbench renders and validates. Unknown properties are ignored, so a
 * newer Modeler's form still renders.
 *
 * @param key the variable a field writes ({@code key}, or {@code path} for a dynamic
 * list)
 * @param columns the width in form-js's 16-column grid, {@code null} for the whole row
 * @param hide the FEEL expression of {@code conditional.hide}, without its {@code =}
 */
record FormComponent(String type, String id, String key, String label, String description, String text, String subtype,
		Object defaultValue, boolean required, Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max,
		String pattern, Integer decimalDigits, boolean disallowPassedDates, List<Option> values, String hide,
		String row, Integer columns, int defaultRepetitions, boolean allowAddRemove, List<FormComponent> components) {

	static FormComponent of(JsonNode node) {
		JsonNode validate = node.path("validate");
		String type = node.path("type").asText("");
		String key = text(node, "key");
		if (key == null && "dynamiclist".equals(type)) {
			key = text(node, "path");
		}
		String label = text(node, "label");
		if (label == null && "datetime".equals(type)) {
			label = text(node, "dateLabel");
		}
		List<Option> values = new ArrayList<>();
		for (JsonNode value : node.path("values")) {
			values.add(
					new Option(value.path("value").asText(), value.path("label").asText(value.path("value").asText())));
		}
		List<FormComponent> children = new ArrayList<>();
		for (JsonNode child : node.path("components")) {
			children.add(of(child));
		}
		String hide = text(node.path("conditional"), "hide");
		if (hide != null) {
			hide = hide.strip();
			hide = hide.startsWith("=") ? hide.substring(1) : hide;
		}
		JsonNode columns = node.path("layout").path("columns");
		return new FormComponent(type, text(node, "id"), key, label, text(node, "description"), text(node, "text"),
				text(node, "subtype"), defaultValue(node.get("defaultValue")),
				validate.path("required").asBoolean(false), integer(validate, "minLength"),
				integer(validate, "maxLength"), decimal(validate, "min"), decimal(validate, "max"),
				text(validate, "pattern"), integer(node, "decimalDigits"),
				node.path("disallowPassedDates").asBoolean(false), List.copyOf(values), hide,
				node.path("layout").path("row").asText(""), columns.isNumber() ? columns.asInt() : null,
				node.path("defaultRepetitions").asInt(1), node.path("allowAddRemove").asBoolean(true),
				List.copyOf(children));
	}

	/** Whether the component holds a value of its own (a field, not text or a group). */
	public boolean isField() {
		return this.key != null && !"dynamiclist".equals(this.type) && !"group".equals(this.type)
				&& !"text".equals(this.type);
	}

	public boolean isList() {
		return "dynamiclist".equals(this.type);
	}

	/** Bootstrap's column class for form-js's 16-column layout; full width on phones. */
	public String columnClass() {
		if (this.columns == null || this.columns <= 0 || this.columns >= 16) {
			return "col-12";
		}
		return "col-12 col-md-" + Math.max(1, Math.round(this.columns * 12f / 16f));
	}

	String optionLabel(String value) {
		return this.values.stream().filter((o) -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull() || value.asText().isEmpty()) ? null : value.asText();
	}

	private static Integer integer(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value != null && value.isNumber()) ? value.asInt() : null;
	}

	private static BigDecimal decimal(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value != null && value.isNumber()) ? value.decimalValue() : null;
	}

	private static Object defaultValue(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		if (value.isIntegralNumber()) {
			return value.canConvertToInt() ? (Object) value.asInt() : (Object) value.asLong();
		}
		if (value.isNumber()) {
			return value.asDouble();
		}
		return value.asText();
	}

	/** A choice of a select, radio or checklist. */
	record Option(String value, String label) {
	}

}

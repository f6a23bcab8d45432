package org.rectiflow.workbench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.rectiflow.common.BusinessDate;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Fills a Camunda Form with a task's variables (a page) or with a submission (re-render
 * or complete): defaults, FEEL {@code hide} conditions, validation with Chinese messages,
 * and the variables as Camunda Tasklist submits them — text as String, numbers as
 * Integer, Long or Double, checkboxes as Boolean, dates as {@code yyyy-MM-dd} Strings,
 * checklists and dynamic lists as JSON, nothing for a hidden field.
 */
@Component
class FormFiller {

	private static final Pattern LIST_ENTRY = Pattern.compile("^([A-Za-z0-9_]+)\\[(\\d+)]\\.");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final FormExpressions expressions;

	private final FormText text;

	private final BusinessDate clock;

	FormFiller(FormExpressions expressions, FormText text, BusinessDate clock) {
		this.expressions = expressions;
		this.text = text;
		this.clock = clock;
	}

	/**
	 * The form as the page first shows it: values from the task's variables or defaults.
	 */
	FilledForm initial(TaskForm form, Map<String, Object> variables) {
		return fill(form, variables, null, false);
	}

	/**
	 * The form with a submission's values; {@code validate} adds the messages (a
	 * re-render on change does not).
	 */
	FilledForm submitted(TaskForm form, Map<String, Object> variables, MultiValueMap<String, String> params,
			boolean validate) {
		return fill(form, variables, params, validate);
	}

	private FilledForm fill(TaskForm form, Map<String, Object> variables, MultiValueMap<String, String> params,
			boolean validate) {
		Scope scope = new Scope(variables, params, validate, "");
		Map<String, Object> context = new LinkedHashMap<>(variables);
		context.putAll(scope.values(form.components()));
		Map<String, Object> submitted = new LinkedHashMap<>();
		List<List<FieldView>> rows = scope.render(form.components(), context, submitted);
		return new FilledForm(form.id(), rows, submitted, scope.errors);
	}

	/** One level of a form: the form itself or one entry of a dynamic list. */
	private final class Scope {

		private final Map<String, Object> variables;

		private final MultiValueMap<String, String> params;

		private final boolean validate;

		private final String prefix;

		private int errors;

		Scope(Map<String, Object> variables, MultiValueMap<String, String> params, boolean validate, String prefix) {
			this.variables = variables;
			this.params = params;
			this.validate = validate;
			this.prefix = prefix;
		}

		/** The current typed values of this level's fields, for FEEL. */
		Map<String, Object> values(List<FormComponent> components) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (FormComponent c : components) {
				if (c.isField()) {
					values.put(c.key(), typed(c, raw(c)));
				}
				else if ("group".equals(c.type())) {
					values.putAll(values(c.components()));
				}
			}
			return values;
		}

		List<List<FieldView>> render(List<FormComponent> components, Map<String, Object> context,
				Map<String, Object> submitted) {
			Map<String, List<FieldView>> rows = new LinkedHashMap<>();
			int anonymous = 0;
			for (FormComponent c : components) {
				if (FormFiller.this.expressions.hidden(c.hide(), context)) {
					continue;
				}
				FieldView view = view(c, context, submitted);
				String row = c.row().isEmpty() ? "#" + anonymous++ : c.row();
				rows.computeIfAbsent(row, (r) -> new ArrayList<>()).add(view);
			}
			return List.copyOf(rows.values());
		}

		private FieldView view(FormComponent c, Map<String, Object> context, Map<String, Object> submitted) {
			String name = this.prefix + (c.key() != null ? c.key() : c.id());
			switch (c.type()) {
				case "text":
					return new FieldView(c, name, "", Set.of(), null, FormFiller.this.text.html(c.text(), context),
							List.of(), null);
				case "group":
					return new FieldView(c, name, "", Set.of(), null, null,
							List.of(new FieldView.ItemView(0, render(c.components(), context, submitted))), null);
				case "dynamiclist":
					return list(c, name, context, submitted);
				default:
					return field(c, name, submitted);
			}
		}

		private FieldView field(FormComponent c, String name, Map<String, Object> submitted) {
			Object raw = raw(c);
			Object value = typed(c, raw);
			String error = this.validate ? FieldRules.check(c, raw, value, FormFiller.this.clock.today()) : null;
			if (error != null) {
				this.errors++;
			}
			submitted.put(c.key(), variable(c, value));
			Set<String> selected = new TreeSet<>();
			if (raw instanceof List<?> list) {
				list.forEach((v) -> selected.add(String.valueOf(v)));
			}
			else if (Boolean.TRUE.equals(value)) {
				selected.add("true");
			}
			String minDate = c.disallowPassedDates() ? FormFiller.this.clock.today().toString() : null;
			return new FieldView(c, name, (raw instanceof String s) ? s : "", selected, error, null, List.of(),
					minDate);
		}

		private FieldView list(FormComponent c, String name, Map<String, Object> context,
				Map<String, Object> submitted) {
			List<Map<String, Object>> entries = new ArrayList<>();
			List<FieldView.ItemView> items = new ArrayList<>();
			for (int index : entryIndexes(c)) {
				Scope entry = new Scope(entryVariables(c, index), this.params, this.validate,
						name + "[" + index + "].");
				Map<String, Object> entryContext = new LinkedHashMap<>(context);
				entryContext.putAll(entry.values(c.components()));
				Map<String, Object> entryValues = new LinkedHashMap<>();
				items.add(new FieldView.ItemView(index, entry.render(c.components(), entryContext, entryValues)));
				this.errors += entry.errors;
				entries.add(entryValues);
			}
			String error = null;
			if (this.validate && c.required() && entries.isEmpty()) {
				error = "请至少填写一项「" + c.label() + "」";
				this.errors++;
			}
			submitted.put(c.key(), SpinValues.jsonValue(json(entries)).create());
			return new FieldView(c, name, "", Set.of(), error, null, List.copyOf(items), null);
		}

		/**
		 * The entries a dynamic list shows: those submitted, or those of its variable.
		 */
		private List<Integer> entryIndexes(FormComponent c) {
			String name = this.prefix + c.key();
			Set<Integer> indexes = new TreeSet<>();
			if (this.params != null) {
				for (String param : this.params.keySet()) {
					if (param.startsWith(name + "[")) {
						Matcher matcher = LIST_ENTRY.matcher(param.substring(this.prefix.length()));
						if (matcher.find()) {
							indexes.add(Integer.valueOf(matcher.group(2)));
						}
					}
				}
				return List.copyOf(indexes);
			}
			int count = existingEntries(c).size();
			if (count == 0) {
				count = c.defaultRepetitions();
			}
			List<Integer> all = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				all.add(i);
			}
			return all;
		}

		private Map<String, Object> entryVariables(FormComponent c, int index) {
			List<Map<String, Object>> existing = existingEntries(c);
			return (this.params == null && index < existing.size()) ? existing.get(index) : Map.of();
		}

		@SuppressWarnings("unchecked")
		private List<Map<String, Object>> existingEntries(FormComponent c) {
			Object value = this.variables.get(c.key());
			if (value == null) {
				return List.of();
			}
			try {
				Object parsed = (value instanceof List<?>) ? value : JSON.readValue(String.valueOf(value), List.class);
				return ((List<Object>) parsed).stream()
					.filter(Map.class::isInstance)
					.map((m) -> (Map<String, Object>) m)
					.toList();
			}
			catch (JsonProcessingException ex) {
				return List.of();
			}
		}

		/**
		 * The field's value before typing: the submitted text (a list for a checklist),
		 * or the variable's or default value when the page is first shown.
		 */
		private Object raw(FormComponent c) {
			String name = this.prefix + c.key();
			if (this.params != null) {
				if ("checklist".equals(c.type())) {
					List<String> values = this.params.get(name);
					return (values == null) ? List.of() : List.copyOf(new LinkedHashSet<>(values));
				}
				if ("checkbox".equals(c.type())) {
					List<String> values = this.params.get(name);
					return (values != null && values.contains("true")) ? "true" : "false";
				}
				String value = this.params.getFirst(name);
				return (value == null) ? "" : value;
			}
			Object value = this.variables.containsKey(c.key()) ? this.variables.get(c.key()) : c.defaultValue();
			if ("checklist".equals(c.type())) {
				return checklist(value);
			}
			return text(value);
		}

	}

	private static List<String> checklist(Object value) {
		if (value == null) {
			return List.of();
		}
		try {
			Object parsed = (value instanceof List<?>) ? value : JSON.readValue(String.valueOf(value), List.class);
			return ((List<?>) parsed).stream().map(String::valueOf).toList();
		}
		catch (JsonProcessingException ex) {
			return List.of();
		}
	}

	/**
	 * A variable's value as an input shows it; dates as yyyy-MM-dd in the county's zone.
	 */
	private String text(Object value) {
		if (value == null) {
			return "";
		}
		ZoneId zone = this.clock.zone();
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), zone).toString();
		}
		if (value instanceof Instant instant) {
			return LocalDate.ofInstant(instant, zone).toString();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			return new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

	/**
	 * The typed value of a field, as form-js holds it; {@code null} for an empty or bad
	 * input.
	 */
	static Object typed(FormComponent c, Object raw) {
		if (raw instanceof List<?> list) {
			return list;
		}
		String text = (raw == null) ? "" : (String) raw;
		switch (c.type()) {
			case "textfield", "textarea":
				return text;
			case "checkbox":
				return "true".equals(text);
			case "number":
				return number(text);
			case "datetime":
				return date(text);
			default:
				return text.isEmpty() ? null : text;
		}
	}

	static BigDecimal number(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static String date(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip()).toString();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The variable Tasklist sends for a typed value (JSON through the REST API). */
	private static Object variable(FormComponent c, Object value) {
		if (value instanceof BigDecimal decimal) {
			if (decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0) {
				long whole = decimal.longValue();
				return (whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE) ? (Object) (int) whole : whole;
			}
			return decimal.doubleValue();
		}
		if (value instanceof List<?> list) {
			return SpinValues.jsonValue(json(list)).create();
		}
		return value;
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean matches(String pattern, String value) {
		try {
			return Pattern.compile(pattern).matcher(value).find();
		}
		catch (PatternSyntaxException ex) {
			return true;
		}
	}

}

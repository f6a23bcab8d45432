package org.rectiflow.workbench;

import java.util.List;
import java.util.Set;

/**
 * One visible component of a filled form as the page renders it.
 *
 * @param name the request parameter of the field ({@code key}, or {@code list[i].key}
 * inside a dynamic list)
 * @param value the field's text as the input shows it
 * @param selected the chosen values of a checklist, or the checked state of a checkbox
 * ({@code "true"})
 * @param error the Chinese message of a failed validation, or {@code null}
 * @param html the rendered, escaped markdown of a text component
 * @param items the entries of a dynamic list, or the content of a group
 */
record FieldView(FormComponent c, String name, String value, Set<String> selected, String error, String html,
		List<ItemView> items, String minDate) {

	public String inputId() {
		return "f-" + this.name.replaceAll("[^A-Za-z0-9_-]", "-");
	}

	public boolean checked() {
		return this.selected.contains("true");
	}

	/** The step of a number input for the field's decimal digits. */
	public String step() {
		Integer digits = this.c.decimalDigits();
		if (digits == null) {
			return "any";
		}
		return (digits <= 0) ? "1" : "0." + "0".repeat(digits - 1) + "1";
	}

	/** An entry of a dynamic list (or a group's content): its rows of fields. */
	record ItemView(int index, List<List<FieldView>> rows) {
	}

}

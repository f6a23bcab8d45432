package org.rectiflow.workbench;

import java.util.List;
import java.util.Map;

/**
 * A form filled with the task's variables or a submission: the visible components in
 * their rows, and the variables Camunda Tasklist would submit for it.
 *
 * @param rows the visible components, row by row as the form lays them out
 * @param variables what completing the task sets: every visible field by its key, typed
 * as Camunda Forms submit them (hidden fields are not submitted)
 * @param errors the number of failed validations (0 before a submission)
 */
record FilledForm(String formId, List<List<FieldView>> rows, Map<String, Object> variables, int errors) {

	public boolean valid() {
		return this.errors == 0;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}

package org.rectiflow.finding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The identity of a reporting villager, as entered. Its {@code toString} hides
 * everything, so a log line or an error message never carries it.
 *
 * @param name the villager's name
 * @param contact phone or address, if given
 * @param note anything else the discipline commission should know
 */
record ReporterForm(@NotBlank @Size(max = 50) String name, @Size(max = 100) String contact,
		@Size(max = 500) String note) {

	@Override
	public String toString() {
		return "ReporterForm[hidden]";
	}

}

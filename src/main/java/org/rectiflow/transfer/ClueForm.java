package org.rectiflow.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A clue as the team records it.
 *
 * @param inspectionId the inspection
 * @param summary what the clue is about
 * @param fast 快移快查: transfer now, while on site
 * @param findingId the finding it belongs to, if any
 */
record ClueForm(@NotNull @Positive Long inspectionId, @NotBlank @Size(max = 2000) String summary, boolean fast,
		@Positive Long findingId) {

	@Override
	public String toString() {
		return "ClueForm[inspection " + this.inspectionId + "]";
	}

}

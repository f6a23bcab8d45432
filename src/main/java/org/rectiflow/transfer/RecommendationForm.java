package org.rectiflow.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A recommendation letter as the team drafts it.
 *
 * @param inspectionId the inspection
 * @param departmentGroupId the addressed functional department, e.g. dept-civil-affairs
 * @param content the letter
 */
record RecommendationForm(@NotNull @Positive Long inspectionId,
		@NotBlank @Size(max = 64) @Pattern(regexp = "dept-[a-z0-9]+(-[a-z0-9]+)*",
				message = "must be a functional department group such as dept-agriculture") String departmentGroupId,
		@NotBlank @Size(max = 4000) String content) {

}

package org.rectiflow.finding;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A finding as a team enters it.
 *
 * @param inspectionId the inspection (ignored when changing a finding)
 * @param text the problem
 * @param category its category
 * @param checklistItemIds the checklist items it is linked to
 * @param source where it came from
 * @param severity how serious it is
 * @param supervisingDeptGroupId the supervising line department, e.g. dept-agriculture
 * @param moneyRecoveredYuan money recovered for villagers, yuan
 * @param reporter the reporting villager (only with source VILLAGER_REPORT; never shown
 * again except to the discipline commission)
 */
record FindingForm(@Positive Long inspectionId, @NotBlank @Size(max = 2000) String text,
		@NotNull FindingCategory category, @Size(max = 50) Set<@NotNull @Positive Long> checklistItemIds,
		@NotNull FindingSource source, @NotNull Severity severity,
		@NotBlank @Size(max = 64) @Pattern(regexp = "dept-[a-z0-9]+(-[a-z0-9]+)*",
				message = "must be a functional department group such as dept-agriculture") String supervisingDeptGroupId,
		@DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal moneyRecoveredYuan,
		@Valid ReporterForm reporter) {

	@Override
	public String toString() {
		return "FindingForm[inspection " + this.inspectionId + "]";
	}

}

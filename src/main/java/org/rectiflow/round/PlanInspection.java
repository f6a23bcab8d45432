package org.rectiflow.round;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What the inspection office decides when it plans the inspection of a unit.
 *
 * @param roundId the round
 * @param unitCode the unit to inspect
 * @param mode the mode; null for the default of the unit's classification (key → DIRECT,
 * ordinary → TOWNSHIP_AND_VILLAGE)
 * @param teamGroupId the team, e.g. {@code inspection-team-1}
 * @param auditMode how the audit is coordinated
 * @param plannedEntryOn the planned entry date
 * @param checklistItemIds the selected checklist items; null for the default (every
 * common item and those of the unit's categories)
 */
public record PlanInspection(@NotNull @Positive Long roundId,
		@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*") String unitCode,
		InspectionMode mode,
		@NotBlank @Size(max = 64) @Pattern(regexp = "inspection-team-[0-9]+",
				message = "must be a team group such as inspection-team-1") String teamGroupId,
		@NotNull AuditMode auditMode, @NotNull LocalDate plannedEntryOn,
		@Size(max = 500) Set<@NotNull @Positive Long> checklistItemIds) {

}

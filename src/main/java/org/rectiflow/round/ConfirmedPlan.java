package org.rectiflow.round;

import java.time.LocalDate;

import org.rectiflow.unit.UnitPriority;

/**
 * The plan as submitted in the form plan-inspection.
 *
 * @param mode the mode
 * @param auditMode the audit coordination
 * @param teamGroupId the team
 * @param plannedEntryOn the planned entry date
 * @param priority key or ordinary, as decided for this inspection
 * @param teamLeaderName the team leader, if given
 * @param teamLeaderPhone the team leader's mobile, if given
 */
record ConfirmedPlan(InspectionMode mode, AuditMode auditMode, String teamGroupId, LocalDate plannedEntryOn,
		UnitPriority priority, String teamLeaderName, String teamLeaderPhone) {

}

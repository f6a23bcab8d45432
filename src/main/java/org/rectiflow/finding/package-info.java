/**
 * Findings (巡察发现问题): the problem list of an inspection with its categories, severities
 * and sources, the protected identity of a villager who reported a problem, the Excel
 * import of a problem list, 立行立改 (immediate fixes), the on-site log, the page 巡察记录
 * ({@code /inspections/{id}/record}) and the follow-up review (回头看). Public reads:
 * {@link org.rectiflow.finding.Findings}, {@link org.rectiflow.finding.FindingStatistics}
 * and {@link org.rectiflow.finding.ImmediateFixes}; extension points for other modules:
 * {@link org.rectiflow.finding.RecordCounts} and
 * {@link org.rectiflow.finding.InspectionRecordSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Findings",
		allowedDependencies = { "audit", "common", "identity", "round", "unit" })
package org.rectiflow.finding;

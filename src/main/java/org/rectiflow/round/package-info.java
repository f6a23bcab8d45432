/**
 * Inspection rounds (巡察轮次): rounds, inspections of units with their teams, the cadre pool
 * with its recusal relations, the checklist catalogue, and the inspection-round process's
 * records, from planning to the rectification grade and the follow-up review. Public
 * reads: {@link org.rectiflow.round.Inspections}, {@link org.rectiflow.round.Rounds} and
 * {@link org.rectiflow.round.RoundProgress}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection rounds",
		allowedDependencies = { "common", "identity", "unit" })
package org.rectiflow.round;

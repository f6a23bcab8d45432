/**
 * Rectification (整改): the per-inspection rectification plan and the ledger (整改台账) of
 * rectification items, with their deadline extensions, four-party review votes, progress
 * reports and evidence attachments; the ledger API, its Excel export, statistics and the
 * item timeline.
 * <p>
 * Every item is the business key of one {@code rectification-item} process instance. Its
 * state changes only through that process: the delegates and listeners of this package
 * (named Spring beans) call the package-private transitions of
 * {@link org.rectiflow.rectification.RectificationLedger} in the engine's transaction.
 * Public reads: {@link org.rectiflow.rectification.LedgerQueries},
 * {@link org.rectiflow.rectification.LedgerStatistics} and
 * {@link org.rectiflow.rectification.ItemTimeline}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rectification ledger",
		allowedDependencies = { "common", "finding", "identity", "round", "unit", "workflow" })
package org.rectiflow.rectification;

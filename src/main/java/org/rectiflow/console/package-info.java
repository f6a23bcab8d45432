/**
 * Supervision console (督查驾驶舱): the supervisors' pages over the ledger — the dashboard
 * with counts, overdue charts and the seeds' statistics ({@code /console}), the ledger
 * page with filters, sorting, paging and export ({@code /console/ledger}), the item page
 * with evidence, votes, timeline and the process diagram ({@code /console/items/{key}}),
 * and the round and unit progress pages. Pages only: it reads through the public query
 * types of {@code rectification}, {@code round}, {@code unit}, {@code finding},
 * {@code transfer} and {@code evaluation}, within the caller's scope
 * ({@link org.rectiflow.identity.CurrentUser}). In the demo profile
 * {@link org.rectiflow.console.DemoScenario} seeds rectification items through the real
 * processes so that the dashboard shows something real.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision console", allowedDependencies = { "calendar",
		"common", "evaluation", "finding", "identity", "rectification", "round", "supervision", "transfer", "unit" })
package org.rectiflow.console;

/**
 * Transfers (移交): clues passed to the commission for discipline inspection (问题线索) and
 * recommendation letters to functional departments (整改建议书), with their reply periods and
 * overdue reminders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfers",
		allowedDependencies = { "calendar", "common", "finding", "identity", "round", "unit", "workflow" })
package org.rectiflow.transfer;

/**
 * The application's audit log (审计日志, issue 16 W3): what the discipline commission must be
 * able to see afterwards — every read of a reporting villager's identity and every change
 * of its own group's members, whoever made it and through whichever door (the console,
 * the API, Camunda Admin, {@code /engine-rest}). Written by the modules where it happens,
 * in their transaction; shown on {@code /console/audit} to the commission only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log",
		allowedDependencies = { "common", "identity" })
package org.rectiflow.audit;

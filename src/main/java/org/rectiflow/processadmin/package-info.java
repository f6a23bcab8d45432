/**
 * Process administration (流程版本): the console page {@code /console/processes} with each
 * process's versions (deployment time, source, deployer, running instances), its diagram
 * and the differences between two versions; deploying {@code .bpmn}/{@code .form} files
 * from the page (through the same deployment gate as Camunda Modeler and startup);
 * migrating running instances to another version as a Camunda batch; and, in development,
 * redeploying models saved into {@code processes/} or {@code forms/} without a restart.
 * See {@code docs/process-admin.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process administration",
		allowedDependencies = { "calendar", "common", "identity", "workflow" })
package org.rectiflow.processadmin;

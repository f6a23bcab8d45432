/**
 * Workflow: what every process model must satisfy to be deployed (the deployment gate and
 * the model contract), deadlines and warning thresholds
 * ({@link org.rectiflow.workflow.Deadlines}), task actions such as 退回 and 转办
 * ({@link org.rectiflow.workflow.TaskActions}) and the engine's REST error answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow",
		allowedDependencies = { "calendar", "cluster", "common", "identity" })
package org.rectiflow.workflow;

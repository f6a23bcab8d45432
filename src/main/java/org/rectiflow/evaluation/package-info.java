/**
 * Villagers' satisfaction evaluation (群众满意度测评): the inspection office opens it from the
 * round's task, prints one-time QR tokens and a shared link, villagers answer anonymously
 * on a public page ({@code /e/...}), and closing (by the round's timer or by hand)
 * aggregates the answers and correlates {@code EvaluationClosed} into the round. Public
 * reads: {@link org.rectiflow.evaluation.EvaluationResults}. See
 * {@code docs/decisions/0013-evaluation-anonymity.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Villagers' evaluation",
		allowedDependencies = { "common", "identity", "rectification", "workflow" })
package org.rectiflow.evaluation;

package org.rectiflow.workflow;

import java.util.Map;
import java.util.Set;

/**
 * What the application relies on in the models, so that a process administrator's change
 * cannot silently break it (docs/process-variables.md): the variables it provides for
 * candidate-group expressions, and the messages it correlates into each process.
 */
final class ModelContract {

	/** Variables the application sets that a candidate-group expression may use. */
	static final Set<String> GROUP_VARIABLES = Set.of("villageGroup", "townshipGroup", "teamGroup",
			"supervisingDeptGroup", "departmentGroup");

	/** Messages the application correlates, per process id. */
	static final Map<String, Set<String>> MESSAGES = Map.of("inspection-round",
			Set.of("ImmediateFixRaised", "FastClueRaised", "EvaluationClosed"), "rectification-item",
			Set.of("ExtensionRequested", "SupervisionActionRequested"));

	/**
	 * The variables a user task without a Camunda Form may set at its completion, per
	 * task id (issue 16 B3, {@link CompletionRules}). Every task of the models in
	 * processes/ has a form, so none is listed; a task missing here and without a form
	 * sets nothing.
	 */
	static final Map<String, Set<String>> TASK_FIELDS = Map.of();

	private ModelContract() {
	}

}

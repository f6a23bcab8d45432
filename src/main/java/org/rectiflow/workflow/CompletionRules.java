package org.rectiflow.workflow;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The completion rules every door applies before a task is completed (issue 16 B3): only
 * the variables the task's form may set.
 */
@Component
public class CompletionRules {

	/**
	 * Refuses a completion that sets a variable the task may not set.
	 * @throws org.rectiflow.common.InvalidInputException naming the first variable not
	 * allowed
	 */
	public void check(String taskId, Set<String> variableNames) {
		// TODO(lead): replaced by engine-security's CompletionRules at merge
	}

}

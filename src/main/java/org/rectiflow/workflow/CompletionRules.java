package org.rectiflow.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.RecordNotFoundException;

import org.springframework.stereotype.Service;

/**
 * What a task's completion may write (issue 16 B3): the fields its deployed Camunda Form
 * declares, or, for a task without a form, the list in the model's contract
 * ({@link ModelContract#TASK_FIELDS}). Routing and record variables (groups, deadlines,
 * ids, other tasks' decisions) are on no form, so no candidate can write them. Every door
 * asks: {@code /engine-rest} and the webapps' {@code /camunda/api}
 * ({@link VariableDoors}), and the application's own completion pages and API.
 */
@Service
public class CompletionRules {

	private final ProcessEngineConfigurationImpl engine;

	CompletionRules(ProcessEngine engine) {
		this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
	}

	/**
	 * Refuses the completion (or variable write) of the task when it names a variable the
	 * task's form does not declare.
	 * @throws InvalidInputException naming the first such variable (400)
	 */
	public void check(String taskId, Set<String> variableNames) {
		if (variableNames == null || variableNames.isEmpty()) {
			return;
		}
		Set<String> allowed = allowed(taskId);
		for (String name : variableNames.stream().sorted().toList()) {
			if (!allowed.contains(name)) {
				throw new InvalidInputException("这一步不能填写变量 " + name + "（本步可填：" + String.join("、", allowed)
						+ "） / this task may not set variable " + name + "; its form declares: "
						+ String.join(", ", allowed));
			}
		}
	}

	/**
	 * The variables the task's completion may write. Read without the caller's
	 * authorizations: whether the caller may complete the task at all is Camunda's
	 * answer, given after this one.
	 */
	Set<String> allowed(String taskId) {
		return this.engine.getCommandExecutorTxRequired().execute((context) -> {
			context.disableAuthorizationCheck();
			try {
				Task task = this.engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
				if (task == null) {
					throw new RecordNotFoundException("任务", taskId);
				}
				byte[] form = deployedForm(taskId);
				if (form != null) {
					return FormFields.of(form);
				}
				return ModelContract.TASK_FIELDS.getOrDefault(task.getTaskDefinitionKey(), Set.of());
			}
			finally {
				context.enableAuthorizationCheck();
			}
		});
	}

	private byte[] deployedForm(String taskId) {
		try (InputStream in = this.engine.getFormService().getDeployedTaskForm(taskId)) {
			return (in != null) ? in.readAllBytes() : null;
		}
		catch (ProcessEngineException | IOException ex) {
			// no deployed Camunda Form for this task
			return null;
		}
	}

}

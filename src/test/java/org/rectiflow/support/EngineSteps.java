package org.rectiflow.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.task.Task;

import static org.assertj.core.api.Assertions.assertThat;

/** What the process tests do with the engine, written once. */
public final class EngineSteps {

	private static final int MAX_ROUNDS = 200;

	private EngineSteps() {
	}

	/**
	 * Runs the instance's jobs that are due on the engine's clock (async steps, fired
	 * timers), as the job executor would, until none is left.
	 * @param management the engine's management service
	 * @param processInstanceId the instance, or {@code null} for every instance
	 */
	public static void runJobs(ManagementService management, String processInstanceId) {
		for (int round = 0; round < MAX_ROUNDS; round++) {
			JobQuery query = management.createJobQuery().executable();
			List<Job> due = ((processInstanceId != null) ? query.processInstanceId(processInstanceId) : query).list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach((job) -> management.executeJob(job.getId()));
		}
		throw new AssertionError("jobs keep coming: a loop in a model?");
	}

	/** The instance's one open task of the step, which must exist. */
	public static Task task(TaskService tasks, String processInstanceId, String definitionKey) {
		List<Task> open = tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(definitionKey)
			.list();
		assertThat(open).as("open tasks " + definitionKey).hasSize(1);
		return open.get(0);
	}

}

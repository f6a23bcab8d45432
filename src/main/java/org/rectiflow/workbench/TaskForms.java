package org.rectiflow.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.FormService;

import org.springframework.stereotype.Service;

/**
 * The Camunda Form of a task, read from the deployment the task's process was deployed
 * with (the task's {@code camunda:formRef} and its binding), through the engine's public
 * API: a form a process administrator deploys is what the next page shows.
 */
@Service
class TaskForms {

	private final FormService forms;

	TaskForms(FormService forms) {
		this.forms = forms;
	}

	/** The task's form, or an empty form when the task has none. */
	TaskForm of(String taskId) {
		try (InputStream in = this.forms.getDeployedTaskForm(taskId)) {
			return TaskForm.read(in);
		}
		catch (org.camunda.bpm.engine.BadUserRequestException ex) {
			return new TaskForm("", java.util.List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

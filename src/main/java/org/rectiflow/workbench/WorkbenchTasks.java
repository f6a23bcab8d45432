package org.rectiflow.workbench;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.workflow.CompletionRules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks a user may work on from the workbench — assigned to them, or offered to
 * one of their groups (or to them) and not yet taken — and their completion through the
 * same rules as every other door.
 */
@Service
class WorkbenchTasks {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final IdentityService identity;

	private final CompletionRules rules;

	private final EvidenceRequirement evidence;

	WorkbenchTasks(TaskService tasks, RuntimeService runtime, RepositoryService repository, IdentityService identity,
			CompletionRules rules, EvidenceRequirement evidence) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.repository = repository;
		this.identity = identity;
		this.rules = rules;
		this.evidence = evidence;
	}

	/**
	 * The task, when the user may work on it; otherwise "not found" (no hint it exists).
	 */
	OpenTask get(String taskId, CurrentUser user) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || !mayWork(task, user)) {
			throw new RecordNotFoundException("任务 / task", taskId);
		}
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		ProcessDefinition definition = this.repository.getProcessDefinition(task.getProcessDefinitionId());
		return new OpenTask(task, definition.getKey(), definition.getName(),
				(instance != null) ? instance.getBusinessKey() : null, this.tasks.getVariables(taskId));
	}

	/**
	 * Completes the task with a form's variables: the completion rules, the evidence a
	 * step needs, then — claimed for the user if it was offered to their group —
	 * completed as the user, so that history names them.
	 */
	@Transactional
	void complete(OpenTask open, Map<String, Object> variables, CurrentUser user) {
		this.rules.check(open.task().getId(), variables.keySet());
		this.evidence.check(open.task(), open.itemId());
		this.identity.setAuthentication(user.userId(), List.copyOf(user.groups()));
		try {
			if (open.task().getAssignee() == null) {
				this.tasks.claim(open.task().getId(), user.userId());
			}
			if (open.task().getDelegationState() == DelegationState.PENDING) {
				// 委派: the delegate resolves, and the task goes back to its owner (as
				// Tasklist's submit does)
				this.tasks.resolveTask(open.task().getId(), variables);
			}
			else {
				this.tasks.complete(open.task().getId(), variables);
			}
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private boolean mayWork(Task task, CurrentUser user) {
		if (user.userId().equals(task.getAssignee())) {
			return true;
		}
		if (task.getAssignee() != null) {
			return false;
		}
		List<IdentityLink> links = this.tasks.getIdentityLinksForTask(task.getId());
		return links.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.anyMatch((link) -> user.userId().equals(link.getUserId())
					|| (link.getGroupId() != null && user.inGroup(link.getGroupId())));
	}

	/** An open task with what its page needs. */
	record OpenTask(Task task, String processKey, String processName, String businessKey,
			Map<String, Object> variables) {

		/** The rectification item the task is about, for the item process's steps. */
		Long itemId() {
			if (!EvidenceRequirement.PROCESS.equals(this.processKey) || this.businessKey == null) {
				return null;
			}
			try {
				return Long.valueOf(this.businessKey.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		/** The inspection record an inspection-round step is about. */
		Long inspectionId() {
			if (!"inspection-round".equals(this.processKey) || this.businessKey == null) {
				return null;
			}
			try {
				return Long.valueOf(this.businessKey.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		String variable(String name) {
			Object value = this.variables.get(name);
			return (value == null) ? null : Objects.toString(value);
		}

	}

}

package org.rectiflow.rectification;

import java.util.Comparator;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * Who did a step: the engine's authenticated user (Tasklist, REST), the task's assignee,
 * or — for an automatic step after a task — whoever completed that task, from history.
 */
@Component
class ProcessActors {

	/** Recorded when no person can be named (a timer, a system call). */
	static final String SYSTEM = "system";

	private final IdentityService identity;

	private final HistoryService history;

	ProcessActors(IdentityService identity, HistoryService history) {
		this.identity = identity;
		this.history = history;
	}

	/** The user the engine is acting for, or {@link #SYSTEM}. */
	String current() {
		Authentication authentication = this.identity.getCurrentAuthentication();
		return (authentication != null && authentication.getUserId() != null) ? authentication.getUserId() : SYSTEM;
	}

	/** The assignee of a task being completed, else the engine's user. */
	String completing(String assignee) {
		return (assignee != null) ? assignee : current();
	}

	/** Who last completed the task {@code taskKey} in the process instance. */
	Optional<String> lastCompleter(String processInstanceId, String taskKey) {
		return this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.finished()
			.list()
			.stream()
			.filter((task) -> "completed".equals(task.getDeleteReason()))
			.max(Comparator.comparing(HistoricTaskInstance::getEndTime))
			.map((task) -> (task.getAssignee() != null) ? task.getAssignee() : completerFromLog(task.getId()));
	}

	private String completerFromLog(String taskId) {
		return this.history.createUserOperationLogQuery()
			.taskId(taskId)
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
			.list()
			.stream()
			.map(UserOperationLogEntry::getUserId)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(SYSTEM);
	}

}

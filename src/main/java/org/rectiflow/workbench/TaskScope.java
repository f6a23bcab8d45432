package org.rectiflow.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;

import org.springframework.stereotype.Component;

/**
 * Who may see and who may work a task. A person works a task they hold, or an unclaimed
 * task of one of their groups; they see those, their groups' tasks held by a colleague,
 * and the tasks of the units they supervise (supervisors every unit, a township its
 * villages, a line department the items it supervises). A task outside this scope is "not
 * found", so nobody learns what others' tasks are.
 */
@Component
class TaskScope {

	/** Who may urge (催办) any task; a township may urge its villages' tasks. */
	static final Set<String> URGERS = Set.of(GroupIds.INSPECTION_OFFICE, GroupIds.LEADING_GROUP,
			GroupIds.DISCIPLINE_COMMISSION);

	private final TaskService tasks;

	private final RuntimeService runtime;

	TaskScope(TaskService tasks, RuntimeService runtime) {
		this.tasks = tasks;
		this.runtime = runtime;
	}

	/**
	 * The task with what decides who sees it; 404 when it is not visible to this user.
	 */
	ScopedTask visible(String taskId, CurrentUser user) {
		Task task = (taskId != null && taskId.length() <= 64)
				? this.tasks.createTaskQuery().taskId(taskId).singleResult() : null;
		if (task == null) {
			throw new RecordNotFoundException("任务", taskId);
		}
		ScopedTask scoped = new ScopedTask(task, candidateGroups(taskId), units(task));
		if (!scoped.maySee(user)) {
			throw new RecordNotFoundException("任务", taskId);
		}
		return scoped;
	}

	List<String> candidateGroups(String taskId) {
		return this.tasks.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.filter(Objects::nonNull)
			.toList();
	}

	private Map<String, String> units(Task task) {
		Map<String, String> units = new HashMap<>();
		if (task.getProcessInstanceId() == null) {
			return units;
		}
		for (VariableInstance variable : this.runtime.createVariableInstanceQuery()
			.processInstanceIdIn(task.getProcessInstanceId())
			.variableNameIn("villageGroup", "townshipGroup", "supervisingDeptGroup", "departmentGroup", "findingId")
			.disableBinaryFetching()
			.disableCustomObjectDeserialization()
			.list()) {
			if (variable.getValue() != null && variable.getExecutionId().equals(task.getProcessInstanceId())) {
				units.put(variable.getName(), variable.getValue().toString());
			}
		}
		return units;
	}

	/**
	 * A task with its candidate groups and the groups of its unit.
	 *
	 * @param task the task
	 * @param candidates its candidate groups
	 * @param units process variables naming the unit's groups ({@code villageGroup},
	 * {@code townshipGroup}, {@code supervisingDeptGroup}) and {@code findingId}
	 */
	record ScopedTask(Task task, List<String> candidates, Map<String, String> units) {

		String id() {
			return this.task.getId();
		}

		boolean heldBy(CurrentUser user) {
			return user.userId().equals(this.task.getAssignee());
		}

		boolean candidate(CurrentUser user) {
			return this.candidates.stream().anyMatch(user::inGroup);
		}

		/** Holds it, or it is an unclaimed task of one of the user's groups. */
		boolean mayWork(CurrentUser user) {
			return heldBy(user) || (this.task.getAssignee() == null && candidate(user));
		}

		boolean maySee(CurrentUser user) {
			return heldBy(user) || user.userId().equals(this.task.getOwner()) || candidate(user)
					|| URGERS.stream().anyMatch(user::inGroup) || user.readsAll()
					|| user.inAnyGroup(this.units.get("villageGroup"), this.units.get("townshipGroup"),
							this.units.get("supervisingDeptGroup"), this.units.get("departmentGroup"));
		}

		/**
		 * Supervisors urge every task, a township its villages' tasks; never one's own.
		 */
		boolean mayUrge(CurrentUser user) {
			if (candidate(user) || heldBy(user)) {
				return false;
			}
			return URGERS.stream().anyMatch(user::inGroup) || user.inGroup(this.units.get("townshipGroup"));
		}

		boolean delegated() {
			return this.task.getDelegationState() == org.camunda.bpm.engine.task.DelegationState.PENDING;
		}

		/** The rectification item of an item task, or {@code null}. */
		Long itemId() {
			String findingId = this.units.get("findingId");
			if (findingId == null || !"rectification-item".equals(processKey())) {
				return null;
			}
			try {
				return Long.valueOf(findingId);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		String processKey() {
			String definitionId = this.task.getProcessDefinitionId();
			return (definitionId != null) ? definitionId.substring(0, definitionId.indexOf(':')) : null;
		}

	}

}

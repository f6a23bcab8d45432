package org.rectiflow.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Comment;
import org.rectiflow.common.Labels;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.identity.UserNames;
import org.rectiflow.workbench.TaskScope.ScopedTask;
import org.rectiflow.workflow.TaskActions;

import org.springframework.stereotype.Component;

/** Builds the actions fragment's {@link ActionPanel} of a task for a person. */
@Component
class ActionPanels {

	private static final List<String> SUPERVISORS = List.of(GroupIds.INSPECTION_OFFICE, GroupIds.LEADING_GROUP,
			GroupIds.DISCIPLINE_COMMISSION, GroupIds.ORGANIZATION_DEPT);

	private final TaskScope scope;

	private final TaskCards cards;

	private final WorkbenchActions actions;

	private final TaskActions taskActions;

	private final UserNames userNames;

	private final Labels labels;

	ActionPanels(TaskScope scope, TaskCards cards, WorkbenchActions actions, TaskActions taskActions,
			UserNames userNames, Labels labels) {
		this.scope = scope;
		this.cards = cards;
		this.actions = actions;
		this.taskActions = taskActions;
		this.userNames = userNames;
		this.labels = labels;
	}

	ActionPanel panel(String taskId, CurrentUser user) {
		ScopedTask task = this.scope.visible(taskId, user);
		TaskCard card = this.cards.card(task.task(), user);
		boolean work = task.mayWork(user) && !task.delegated();
		String returnTarget = work ? this.taskActions.returnTargetName(taskId, user).orElse(null) : null;
		Map<String, String> colleagues = new LinkedHashMap<>(this.actions.colleagues(task));
		colleagues.remove(user.userId());
		boolean extension = task.itemId() != null && "Task_Implement".equals(task.task().getTaskDefinitionKey())
				&& user.inGroup(task.units().get("villageGroup"));
		Map<String, String> ccGroups = new LinkedHashMap<>();
		for (String group : List.of("villageGroup", "townshipGroup", "supervisingDeptGroup", "departmentGroup")) {
			String id = task.units().get(group);
			if (id != null) {
				ccGroups.put(id, this.labels.group(id));
			}
		}
		for (String group : SUPERVISORS) {
			ccGroups.putIfAbsent(group, this.labels.group(group));
		}
		List<ActionPanel.CommentView> comments = this.actions.comments(task).stream().map(this::view).toList();
		return new ActionPanel(card, task.task().getAssignee() == null && task.candidate(user),
				task.heldBy(user) && !task.delegated(), work, task.heldBy(user) && task.delegated(), returnTarget,
				extension, task.mayUrge(user), colleagues, ccGroups, colleagues, comments, null);
	}

	private ActionPanel.CommentView view(Comment comment) {
		return new ActionPanel.CommentView(this.userNames.of(comment.getUserId()),
				(comment.getTime() != null) ? comment.getTime().toInstant() : null, comment.getFullMessage());
	}

}

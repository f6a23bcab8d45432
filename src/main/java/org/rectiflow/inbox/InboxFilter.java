package org.rectiflow.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters every department works with, named in Chinese. Queries use
 * expressions, so one filter serves every user with their own tasks.
 */
enum InboxFilter {

	MY_TASKS("我的待办", "分配给我本人的任务", -20, "#b71c1c", false,
			(tasks) -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),

	DEPARTMENT_TASKS("本部门待办", "本部门(候选组)可认领的任务", -15, "#1565c0", false,
			(tasks) -> tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")),

	DUE_SOON("即将到期", "期限将至（见工作台“即将到期”）的本人或本部门任务", -10, "#f9a825", false,
			(tasks) -> tasks.createTaskQuery()
				.taskCandidateGroupInExpression("${currentUserGroups()}")
				.includeAssignedTasks()
				.dueAfterExpression("${now()}")
				.dueBeforeExpression("${deadlines.dueSoonUntil()}")),

	OVERDUE("已超期", "已过期限仍未办结的本人或本部门任务", -5, "#c62828", false,
			(tasks) -> tasks.createTaskQuery()
				.taskCandidateGroupInExpression("${currentUserGroups()}")
				.includeAssignedTasks()
				.dueBeforeExpression("${now()}")),

	ALL_VISIBLE("全部可见", "督办人员可见的全部任务", 0, "#455a64", true, TaskService::createTaskQuery);

	/**
	 * The variables Tasklist shows under each task of a filter, in this order: a list of
	 * {@code {name, label}}, the shape Tasklist requires (a map makes it refuse the
	 * filter).
	 */
	static final List<Map<String, String>> LIST_VARIABLES = List.of(variable("unitName", "被巡察单位"),
			variable("findingText", "问题"), variable("warningColour", "预警"), variable("deadline", "整改期限"));

	private final String title;

	private final String description;

	private final int priority;

	private final String colour;

	private final boolean supervisorsOnly;

	private final Function<TaskService, TaskQuery> query;

	InboxFilter(String title, String description, int priority, String colour, boolean supervisorsOnly,
			Function<TaskService, TaskQuery> query) {
		this.title = title;
		this.description = description;
		this.priority = priority;
		this.colour = colour;
		this.supervisorsOnly = supervisorsOnly;
		this.query = query;
	}

	String title() {
		return this.title;
	}

	String description() {
		return this.description;
	}

	int priority() {
		return this.priority;
	}

	String colour() {
		return this.colour;
	}

	boolean supervisorsOnly() {
		return this.supervisorsOnly;
	}

	TaskQuery query(TaskService tasks) {
		return this.query.apply(tasks);
	}

	private static Map<String, String> variable(String name, String label) {
		Map<String, String> variable = new LinkedHashMap<>();
		variable.put("name", name);
		variable.put("label", label);
		return variable;
	}

}

package org.rectiflow.workbench;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.Labels;
import org.rectiflow.common.Times;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.UserNames;
import org.rectiflow.workflow.Deadlines;

import org.springframework.stereotype.Service;

/**
 * The inbox's task cards. One task query per list (candidate groups, assignee, due dates,
 * search and filters all in SQL, counted and paged in the database; the unfiltered lists
 * through {@link InboxSql}, Camunda's native task query without the join and
 * {@code distinct} of its task query), then the variables of the page's process instances
 * in one query and the process names from a cache: a page costs three queries whatever
 * its size, never one per task.
 */
@Service
class TaskCards {

	/** The variables a card reads, all of the process instance. */
	static final String[] VARIABLES = { "findingId", "unitName", "villageGroup", "townshipGroup", "findingText",
			"deadline", "warningColour", "returnCount" };

	static final Duration SOON = Deadlines.DUE_SOON;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final TaskStages stages;

	private final Labels labels;

	private final Times times;

	private final UserNames userNames;

	private final BusinessDate clock;

	private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();

	private final String taskTable;

	private final String linkTable;

	TaskCards(TaskService tasks, RuntimeService runtime, RepositoryService repository, ManagementService management,
			TaskStages stages, Labels labels, Times times, UserNames userNames, BusinessDate clock) {
		this.taskTable = management.getTableName(Task.class);
		// the identity links' table has no API type to name it: Camunda's prefix, as the
		// task table's
		this.linkTable = this.taskTable.substring(0, this.taskTable.length() - "ACT_RU_TASK".length())
				+ "ACT_RU_IDENTITYLINK";
		this.tasks = tasks;
		this.runtime = runtime;
		this.repository = repository;
		this.stages = stages;
		this.labels = labels;
		this.times = times;
		this.userNames = userNames;
		this.clock = clock;
	}

	/** A page of one of the task lists (not 抄送 or 已办). */
	InboxPage page(InboxQuery query, CurrentUser user) {
		return page(query, user, null);
	}

	/**
	 * A page of one of the task lists; {@code known} is the list's count when the caller
	 * already has it from {@link #counts} of the same request (only used without
	 * filters).
	 */
	InboxPage page(InboxQuery query, CurrentUser user, Long known) {
		if (unfiltered(query)) {
			InboxSql sql = InboxSql.of(query.list(), user, this.clock.now(), this.taskTable, this.linkTable);
			if (sql == null) {
				return new InboxPage(query, List.of(), 0);
			}
			long total = (known != null) ? known : sql.count(this.tasks);
			if (total == 0 || (long) query.page() * InboxQuery.PAGE_SIZE >= total) {
				return new InboxPage(query, List.of(), total);
			}
			List<Task> page = sql.page(this.tasks, query.sort(), query.page() * InboxQuery.PAGE_SIZE,
					InboxQuery.PAGE_SIZE);
			return new InboxPage(query, cards(page, user), total);
		}
		TaskQuery found = query(query, user);
		if (found == null) {
			return new InboxPage(query, List.of(), 0);
		}
		long total = found.count();
		if (total == 0 || (long) query.page() * InboxQuery.PAGE_SIZE >= total) {
			return new InboxPage(query, List.of(), total);
		}
		if ("created".equals(query.sort())) {
			found.orderByTaskCreateTime().desc();
		}
		else {
			found.orderByDueDate().asc().orderByTaskCreateTime().asc();
		}
		List<Task> page = found.listPage(query.page() * InboxQuery.PAGE_SIZE, InboxQuery.PAGE_SIZE);
		return new InboxPage(query, cards(page, user), total);
	}

	/** How many tasks each task list holds, without filters. */
	Map<WorkbenchList, Long> counts(CurrentUser user) {
		Map<WorkbenchList, Long> counts = new EnumMap<>(WorkbenchList.class);
		Instant now = this.clock.now();
		for (WorkbenchList list : List.of(WorkbenchList.MINE, WorkbenchList.GROUP, WorkbenchList.SOON,
				WorkbenchList.OVERDUE)) {
			InboxSql sql = InboxSql.of(list, user, now, this.taskTable, this.linkTable);
			counts.put(list, (sql != null) ? sql.count(this.tasks) : 0L);
		}
		return counts;
	}

	/**
	 * Without search or filters: the lists the menu counts, read through
	 * {@link InboxSql}.
	 */
	static boolean unfiltered(InboxQuery query) {
		return query.text() == null && query.process() == null && query.stage() == null && query.colour() == null;
	}

	/** The card of one task. */
	TaskCard card(Task task, CurrentUser user) {
		return cards(List.of(task), user).get(0);
	}

	/**
	 * The task query of a list with the query's filters; {@code null} when the list is
	 * empty for this user (no groups).
	 */
	TaskQuery query(InboxQuery query, CurrentUser user) {
		List<String> groups = user.groups().stream().sorted().toList();
		Date now = Date.from(this.clock.now());
		TaskQuery tasks = this.tasks.createTaskQuery().active();
		switch (query.list()) {
			case MINE -> tasks.taskAssignee(user.userId());
			case GROUP -> {
				if (groups.isEmpty()) {
					return null;
				}
				tasks.taskCandidateGroupIn(groups);
			}
			case SOON, OVERDUE -> {
				if (groups.isEmpty()) {
					tasks.taskAssignee(user.userId());
				}
				else {
					tasks.taskCandidateGroupIn(groups).includeAssignedTasks();
				}
				if (query.list() == WorkbenchList.SOON) {
					tasks.dueAfter(now).dueBefore(Date.from(this.clock.now().plus(SOON)));
				}
				else {
					tasks.dueBefore(now);
				}
			}
			default -> throw new IllegalArgumentException("Not a task list: " + query.list());
		}
		if (query.text() != null) {
			String like = "%" + query.text().replace("%", "").replace("_", "") + "%";
			tasks.or().processVariableValueLike("unitName", like).processVariableValueLike("findingText", like).endOr();
		}
		if (query.process() != null) {
			tasks.processDefinitionKey(query.process());
		}
		if (query.stage() != null) {
			Set<String> keys = this.stages.keysOf(query.stage());
			if (keys.isEmpty()) {
				return null;
			}
			tasks.taskDefinitionKeyIn(keys.toArray(String[]::new));
		}
		if (query.colour() != null) {
			tasks.processVariableValueEquals("warningColour", query.colour());
		}
		return tasks;
	}

	private List<TaskCard> cards(List<Task> page, CurrentUser user) {
		Map<String, Map<String, Object>> variables = variables(page);
		Map<String, String> assignees = this.userNames
			.of(page.stream().map(Task::getAssignee).filter((id) -> id != null).toList());
		Instant now = this.clock.now();
		return page.stream().map((task) -> {
			Map<String, Object> values = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
			ProcessDefinition definition = definition(task.getProcessDefinitionId());
			String unit = text(values.get("unitName"));
			if (unit == null && values.get("villageGroup") != null) {
				unit = this.labels.group(values.get("villageGroup").toString());
			}
			String township = (values.get("townshipGroup") != null)
					? this.labels.group(values.get("townshipGroup").toString()) : null;
			Instant deadline = deadline(values.get("deadline"), task.getDueDate());
			String colour = colour(text(values.get("warningColour")), deadline, now);
			String stage = this.stages.stageOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
			Object returns = values.get("returnCount");
			return new TaskCard(task.getId(), task.getName(), (definition != null) ? definition.getKey() : null,
					(definition != null) ? name(definition) : null, businessKey(task, values), unit, township,
					text(values.get("findingText")), deadline, colour,
					// ADMONISH (约谈) is a warning level beyond red, named as such
					"ADMONISH".equals(colour) ? this.labels.of("warning-level", colour)
							: this.labels.of("colour", colour),
					(stage != null) ? this.labels.of("stage", stage) : "",
					(returns instanceof Number number) ? number.intValue() : 0, task.getAssignee(),
					(task.getAssignee() != null) ? assignees.getOrDefault(task.getAssignee(), task.getAssignee())
							: null,
					user.userId().equals(task.getAssignee()));
		}).toList();
	}

	/** The process variables of the page's instances, in one query. */
	private Map<String, Map<String, Object>> variables(List<Task> page) {
		Set<String> instanceIds = page.stream()
			.map(Task::getProcessInstanceId)
			.filter((id) -> id != null)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Map<String, Map<String, Object>> values = new HashMap<>();
		if (instanceIds.isEmpty()) {
			return values;
		}
		for (VariableInstance variable : this.runtime.createVariableInstanceQuery()
			.processInstanceIdIn(instanceIds.toArray(String[]::new))
			.variableNameIn(VARIABLES)
			.disableBinaryFetching()
			.disableCustomObjectDeserialization()
			.list()) {
			Map<String, Object> ofInstance = values.computeIfAbsent(variable.getProcessInstanceId(),
					(id) -> new HashMap<>());
			boolean processScope = variable.getProcessInstanceId().equals(variable.getExecutionId());
			if (processScope) {
				ofInstance.put(variable.getName(), variable.getValue());
			}
			else {
				ofInstance.putIfAbsent(variable.getName(), variable.getValue());
			}
		}
		return values;
	}

	/** Process definitions never change once deployed: cached by id. */
	ProcessDefinition definition(String definitionId) {
		if (definitionId == null) {
			return null;
		}
		return this.definitions.computeIfAbsent(definitionId, this.repository::getProcessDefinition);
	}

	static String name(ProcessDefinition definition) {
		return (definition.getName() != null) ? definition.getName() : definition.getKey();
	}

	private String businessKey(Task task, Map<String, Object> values) {
		Object findingId = values.get("findingId");
		return (findingId != null) ? findingId.toString() : task.getProcessInstanceId();
	}

	private Instant deadline(Object variable, Date due) {
		if (variable != null) {
			try {
				java.time.LocalDate day = this.times.date(variable);
				if (day != null) {
					return day.plusDays(1).atStartOfDay(this.clock.zone()).toInstant().minusSeconds(1);
				}
			}
			catch (RuntimeException ex) {
				// a malformed deadline shows the task's due date instead
			}
		}
		return (due != null) ? due.toInstant() : null;
	}

	/**
	 * The item's warning colour; for a task without one, red once its due date passed and
	 * yellow within three days of it.
	 */
	private static String colour(String warning, Instant deadline, Instant now) {
		if (warning != null && !"NONE".equals(warning)) {
			return warning;
		}
		if (deadline != null && deadline.isBefore(now)) {
			return "RED";
		}
		if (deadline != null && deadline.isBefore(now.plus(SOON))) {
			return "YELLOW";
		}
		return "NONE";
	}

	private static String text(Object value) {
		return (value == null || value.toString().isBlank()) ? null : value.toString();
	}

}

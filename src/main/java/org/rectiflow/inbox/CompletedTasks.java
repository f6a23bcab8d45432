package org.rectiflow.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.NativeHistoricTaskInstanceQuery;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.UserNames;

import org.springframework.stereotype.Service;

/**
 * 已办: the tasks a user, or the user's departments, completed, read from Camunda's history
 * (history level {@code full}, kept five years).
 * <ul>
 * <li><b>Who completed a task</b> is the user of the task's {@code Complete} entry in the
 * user operation log: the engine writes it for every completion by an authenticated user,
 * whether through Tasklist (which makes the user claim the task first, so the assignee is
 * the same person) or through {@code /engine-rest} (where a candidate may complete an
 * unclaimed task, leaving no assignee). A task completed by code with no authenticated
 * user has no such entry; then its assignee counts.</li>
 * <li><b>本部门办理的</b>: completed tasks that had one of the user's groups as candidate group
 * (Camunda's historic identity links), whoever completed them.</li>
 * </ul>
 * Both lists are one SQL query each, paged and counted in the database (Camunda's native
 * history query), newest first. Cancelled tasks (a step interrupted by a timer or
 * message) are not 已办. The scope is built from the user's own id and groups, never from a
 * request parameter, so a village never sees another village's tasks.
 */
@Service
class CompletedTasks {

	static final int PAGE_SIZE = 20;

	private static final String COMPLETED = "completed";

	private static final String TASK_TABLE = "ACT_HI_TASKINST";

	private final HistoryService history;

	private final RepositoryService repository;

	private final UserNames names;

	private final String tasks;

	private final String operationLog;

	private final String identityLinks;

	CompletedTasks(HistoryService history, RepositoryService repository, ManagementService management,
			UserNames names) {
		this.history = history;
		this.repository = repository;
		this.names = names;
		this.tasks = management.getTableName(HistoricTaskInstance.class);
		String prefix = this.tasks.substring(0, this.tasks.length() - TASK_TABLE.length());
		this.operationLog = prefix + "ACT_HI_OP_LOG";
		this.identityLinks = prefix + "ACT_HI_IDENTITYLINK";
	}

	DonePage list(DoneScope scope, CurrentUser user, int page) {
		return (scope == DoneScope.DEPARTMENT) ? department(user, page) : mine(user, page);
	}

	/** 我办理的: the tasks this user completed. */
	DonePage mine(CurrentUser user, int page) {
		String where = " from " + this.tasks + " RES where RES.DELETE_REASON_ = '" + COMPLETED + "' and (exists ("
				+ completion("L") + " and L.USER_ID_ = #{userId}) or (RES.ASSIGNEE_ = #{userId} and not exists ("
				+ completion("L") + ")))";
		Map<String, Object> parameters = Map.of("userId", user.userId());
		return page(DoneScope.MINE, where, parameters, page, (task) -> user.userId());
	}

	/** 本部门办理的: the tasks completed for any of this user's groups. */
	DonePage department(CurrentUser user, int page) {
		List<String> groups = user.groups().stream().sorted().toList();
		if (groups.isEmpty()) {
			return new DonePage(DoneScope.DEPARTMENT, List.of(), Math.max(page, 0), PAGE_SIZE, 0);
		}
		Map<String, Object> parameters = new HashMap<>();
		List<String> placeholders = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			parameters.put("group" + i, groups.get(i));
			placeholders.add("#{group" + i + "}");
		}
		String where = " from " + this.tasks + " RES where RES.DELETE_REASON_ = '" + COMPLETED
				+ "' and RES.ID_ in (select HIL.TASK_ID_ from " + this.identityLinks
				+ " HIL where HIL.TYPE_ = 'candidate' and HIL.GROUP_ID_ in (" + String.join(", ", placeholders) + "))";
		return page(DoneScope.DEPARTMENT, where, parameters, page, this::completer);
	}

	private String completion(String alias) {
		return "select 1 from " + this.operationLog + " " + alias + " where " + alias + ".TASK_ID_ = RES.ID_ and "
				+ alias + ".OPERATION_TYPE_ = '" + UserOperationLogEntry.OPERATION_TYPE_COMPLETE + "'";
	}

	private DonePage page(DoneScope scope, String where, Map<String, Object> parameters, int page,
			Function<HistoricTaskInstance, String> completer) {
		int number = Math.max(page, 0);
		long total = query("select count(*)" + where, parameters).count();
		if (total == 0 || (long) number * PAGE_SIZE >= total) {
			return new DonePage(scope, List.of(), number, PAGE_SIZE, total);
		}
		List<HistoricTaskInstance> found = query("select RES.*" + where + " order by RES.END_TIME_ desc, RES.ID_ desc",
				parameters)
			.listPage(number * PAGE_SIZE, PAGE_SIZE);
		return new DonePage(scope, describe(found, completer), number, PAGE_SIZE, total);
	}

	private NativeHistoricTaskInstanceQuery query(String sql, Map<String, Object> parameters) {
		NativeHistoricTaskInstanceQuery query = this.history.createNativeHistoricTaskInstanceQuery().sql(sql);
		parameters.forEach(query::parameter);
		return query;
	}

	private List<DoneTask> describe(List<HistoricTaskInstance> found,
			Function<HistoricTaskInstance, String> completer) {
		Set<String> instanceIds = found.stream()
			.map(HistoricTaskInstance::getProcessInstanceId)
			.filter((id) -> id != null)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Map<String, String> unitNames = new HashMap<>();
		Map<String, String> businessKeys = new HashMap<>();
		if (!instanceIds.isEmpty()) {
			String[] ids = instanceIds.toArray(String[]::new);
			for (HistoricVariableInstance variable : this.history.createHistoricVariableInstanceQuery()
				.processInstanceIdIn(ids)
				.variableName("unitName")
				.disableBinaryFetching()
				.disableCustomObjectDeserialization()
				.list()) {
				// the process's own variable wins over a local one of the same name
				if (variable.getValue() != null) {
					boolean processScope = variable.getProcessInstanceId().equals(variable.getActivityInstanceId());
					if (processScope) {
						unitNames.put(variable.getProcessInstanceId(), variable.getValue().toString());
					}
					else {
						unitNames.putIfAbsent(variable.getProcessInstanceId(), variable.getValue().toString());
					}
				}
			}
			for (HistoricProcessInstance instance : this.history.createHistoricProcessInstanceQuery()
				.processInstanceIds(instanceIds)
				.list()) {
				businessKeys.put(instance.getId(), instance.getBusinessKey());
			}
		}
		Map<String, String> processNames = processNames(found);
		Map<String, String> completers = new HashMap<>();
		for (HistoricTaskInstance task : found) {
			completers.put(task.getId(), completer.apply(task));
		}
		Map<String, String> userNames = this.names.of(completers.values());
		return found.stream().map((task) -> {
			String by = completers.get(task.getId());
			return new DoneTask(task.getId(), task.getName(), processNames.get(task.getProcessDefinitionId()),
					unitNames.get(task.getProcessInstanceId()), businessKeys.get(task.getProcessInstanceId()),
					instant(task.getEndTime()), by, (by != null) ? userNames.getOrDefault(by, by) : null,
					instant(task.getDueDate()));
		}).toList();
	}

	private Map<String, String> processNames(List<HistoricTaskInstance> found) {
		String[] definitionIds = found.stream()
			.map(HistoricTaskInstance::getProcessDefinitionId)
			.filter((id) -> id != null)
			.distinct()
			.toArray(String[]::new);
		Map<String, String> names = new HashMap<>();
		if (definitionIds.length == 0) {
			return names;
		}
		for (ProcessDefinition definition : this.repository.createProcessDefinitionQuery()
			.processDefinitionIdIn(definitionIds)
			.list()) {
			names.put(definition.getId(), (definition.getName() != null) ? definition.getName() : definition.getKey());
		}
		return names;
	}

	/** The user of the task's completion entry, else its assignee. */
	private String completer(HistoricTaskInstance task) {
		return this.history.createUserOperationLogQuery()
			.taskId(task.getId())
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
			.list()
			.stream()
			.map(UserOperationLogEntry::getUserId)
			.filter((id) -> id != null)
			.findFirst()
			.orElse(task.getAssignee());
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}

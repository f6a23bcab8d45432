package org.rectiflow.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.rectiflow.identity.GroupGrants;
import org.rectiflow.identity.GroupIds;

import org.rectiflow.cluster.ClusterLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the Chinese Tasklist filters once and gives every user the least they need:
 * Tasklist access, READ on the common filters and on process definitions (the name and
 * diagram of a task's process) as global authorizations, which hold for every user of
 * every group (a municipality has over 10,000 unit groups: one row each would be read by
 * every authorization check). Task access itself comes from candidate-group links, except
 * for the groups of {@link TaskReaders}, which read tasks by process definition. Only
 * supervisors have the all-tasks filter; only the inspection office and process
 * administrators get Cockpit.
 */
@Component
@Order(30)
class InboxSetup implements ApplicationRunner {

	/**
	 * Raised when a filter's query changes, so that the filters an earlier version saved
	 * are rewritten once (2: 即将到期 reads its window from {@code deadlines}).
	 */
	static final String QUERY_VERSION = "2";

	static final String QUERY_VERSION_PROPERTY = "rectiflowQueryVersion";

	private final FilterService filters;

	private final TaskService tasks;

	private final GroupGrants grants;

	private final ClusterLock clusterLock;

	InboxSetup(FilterService filters, TaskService tasks, GroupGrants grants, ClusterLock clusterLock) {
		this.clusterLock = clusterLock;
		this.filters = filters;
		this.tasks = tasks;
		this.grants = grants;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// One node at a time: a second node starting together finds everything made.
		this.clusterLock.lockUntilCommit(ClusterLock.STARTUP);
		for (InboxFilter filter : InboxFilter.values()) {
			ensure(filter);
		}
		grantEveryone();
		grantSupervision();
	}

	private void grantEveryone() {
		this.grants.grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		// Tasklist names a task's process and draws its diagram from the definition; the
		// models are no secret. Instances, their variables and history stay closed.
		this.grants.grantEveryone(Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
		for (InboxFilter inboxFilter : InboxFilter.values()) {
			Filter filter = find(inboxFilter);
			if (inboxFilter.supervisorsOnly()) {
				for (String supervisor : TaskReaders.SUPERVISORS) {
					this.grants.grant(supervisor, Resources.FILTER, filter.getId(), Permissions.READ);
				}
			}
			else {
				this.grants.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
			}
		}
	}

	private void grantSupervision() {
		TaskReaders.READS_TASKS_OF.forEach((group, processKey) -> this.grants.grant(group, Resources.PROCESS_DEFINITION,
				processKey, ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
				ProcessDefinitionPermissions.READ_HISTORY));
		this.grants.grant(GroupIds.INSPECTION_OFFICE, Resources.PROCESS_DEFINITION, "*",
				ProcessDefinitionPermissions.READ_INSTANCE);
		this.grants.grant(GroupIds.INSPECTION_OFFICE, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
		this.grants.grant(GroupIds.INSPECTION_OFFICE, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		this.grants.grant(GroupIds.PROCESS_ADMIN, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
	}

	private Filter find(InboxFilter inboxFilter) {
		return this.filters.createFilterQuery().filterName(inboxFilter.title()).singleResult();
	}

	private void ensure(InboxFilter inboxFilter) {
		Filter existing = find(inboxFilter);
		if (existing != null) {
			repair(existing, inboxFilter);
			return;
		}
		Filter filter = this.filters.newTaskFilter(inboxFilter.title());
		filter.setQuery(inboxFilter.query(this.tasks));
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", inboxFilter.description());
		properties.put("priority", inboxFilter.priority());
		properties.put("color", inboxFilter.colour());
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		properties.put("variables", InboxFilter.LIST_VARIABLES);
		properties.put(QUERY_VERSION_PROPERTY, QUERY_VERSION);
		filter.setProperties(properties);
		this.filters.saveFilter(filter);
	}

	/**
	 * Filters saved by an earlier version kept their list variables as a map, which
	 * Tasklist refuses ("Filter property 'variables' has to be a list of variable
	 * definitions"), or lack a variable added since (the problem's text); they get the
	 * list. Anything else an administrator changed stays.
	 */
	/**
	 * Brings a filter an earlier version created up to date: its query (the 即将到期 window
	 * is read from {@code deadlines}, an expression no longer calls methods on dates) and
	 * the variables its cards show.
	 */
	private void repair(Filter filter, InboxFilter inboxFilter) {
		Map<String, Object> properties = filter.getProperties();
		if (properties != null && properties.get("variables") instanceof List<?> variables
				&& variables.containsAll(InboxFilter.LIST_VARIABLES)
				&& QUERY_VERSION.equals(properties.get(QUERY_VERSION_PROPERTY))) {
			return;
		}
		filter.setQuery(inboxFilter.query(this.tasks));
		Map<String, Object> repaired = (properties != null) ? new LinkedHashMap<>(properties) : new LinkedHashMap<>();
		repaired.put("variables", InboxFilter.LIST_VARIABLES);
		repaired.put(QUERY_VERSION_PROPERTY, QUERY_VERSION);
		filter.setProperties(repaired);
		this.filters.saveFilter(filter);
	}

}

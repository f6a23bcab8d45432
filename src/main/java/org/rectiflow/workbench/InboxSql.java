package org.rectiflow.workbench;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.rectiflow.identity.CurrentUser;

/**
 * The inbox's four task lists without search or filters (我的待办, 本部门待办, 即将到期, 已超期), as
 * Camunda's native task query (public API). They select exactly the tasks of
 * {@link TaskCards#query}'s task query, but test the candidate groups with {@code exists}
 * instead of Camunda's {@code left join} of the identity links with
 * {@code select distinct} over every column: at 15,000 office tasks PostgreSQL sorted all
 * of them on disk for each page of 20 (145 ms) and counted through a join; now it walks
 * the due-date index ({@code 037-workbench-inbox-indexes.xml}) and stops after the page.
 * The workbench sets no Camunda authentication, so the task query checked no
 * authorizations either.
 *
 * @param where the condition on the task row {@code RES}
 * @param parameters its named parameters
 */
record InboxSql(String from, String where, Map<String, Object> parameters) {

	/** The list's SQL; {@code null} when it is empty for this user (no groups). */
	static InboxSql of(WorkbenchList list, CurrentUser user, Instant now, String taskTable, String linkTable) {
		List<String> groups = user.groups().stream().sorted().toList();
		Map<String, Object> parameters = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder("RES.SUSPENSION_STATE_ = 1");
		switch (list) {
			case MINE -> {
				where.append(" and RES.ASSIGNEE_ = #{assignee}");
				parameters.put("assignee", user.userId());
			}
			case GROUP -> {
				if (groups.isEmpty()) {
					return null;
				}
				where.append(" and RES.ASSIGNEE_ is null and ").append(candidate(groups, linkTable, parameters));
			}
			case SOON, OVERDUE -> {
				if (groups.isEmpty()) {
					where.append(" and RES.ASSIGNEE_ = #{assignee}");
					parameters.put("assignee", user.userId());
				}
				else {
					// includeAssignedTasks: the groups' tasks, taken or not
					where.append(" and ").append(candidate(groups, linkTable, parameters));
				}
				if (list == WorkbenchList.SOON) {
					where.append(" and RES.DUE_DATE_ > #{now} and RES.DUE_DATE_ < #{soon}");
					parameters.put("soon", Date.from(now.plus(TaskCards.SOON)));
				}
				else {
					where.append(" and RES.DUE_DATE_ < #{now}");
				}
				where.append(" and RES.DUE_DATE_ is not null");
				parameters.put("now", Date.from(now));
			}
			default -> throw new IllegalArgumentException("Not a task list: " + list);
		}
		return new InboxSql(taskTable + " RES", where.toString(), parameters);
	}

	private static String candidate(List<String> groups, String linkTable, Map<String, Object> parameters) {
		StringBuilder in = new StringBuilder();
		for (int i = 0; i < groups.size(); i++) {
			in.append((i == 0) ? "" : ", ").append("#{group").append(i).append('}');
			parameters.put("group" + i, groups.get(i));
		}
		return "exists (select 1 from " + linkTable + " I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate'"
				+ " and I.GROUP_ID_ in (" + in + "))";
	}

	long count(TaskService tasks) {
		return query(tasks, "select count(*) from " + this.from + " where " + this.where).count();
	}

	/**
	 * A page, by deadline (due date, then creation) or newest first, as the task query
	 * sorts.
	 */
	List<Task> page(TaskService tasks, String sort, int first, int size) {
		String order = "created".equals(sort) ? "RES.CREATE_TIME_ desc" : "RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc";
		return query(tasks, "select RES.* from " + this.from + " where " + this.where + " order by " + order)
			.listPage(first, size);
	}

	private NativeTaskQuery query(TaskService tasks, String sql) {
		NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
		this.parameters.forEach(query::parameter);
		return query;
	}

}

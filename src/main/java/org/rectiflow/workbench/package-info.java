/**
 * 工作台 (workbench): where staff do their daily work in Rectiflow's own pages, on a desktop
 * or a phone. The inbox ({@code /workbench}: 我的待办, 本部门待办, 即将到期, 已超期, 抄送我的, 已办) with task
 * cards that name the unit, township, problem, deadline and stage
 * ({@link org.rectiflow.workbench.TaskCards}); the task actions (认领/释放, 退回, 转办, 委派, 延期申请,
 * 催办, 抄送) as an htmx fragment for the task page; batch approval for the four-party
 * reviewers. See {@code docs/decisions/0023-workbench-inbox.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作台",
		allowedDependencies = { "common", "finding", "identity", "notification", "rectification", "workflow" })
package org.rectiflow.workbench;

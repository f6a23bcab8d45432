package org.rectiflow.inbox;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Camunda's default task authorizations, except for the groups of {@link TaskReaders}: a
 * task of theirs gets a row that lets them work it (claim, complete) but no read rows,
 * because they read it through their process definition grant already.
 * <p>
 * Why: Camunda's task query joins the caller's read rows on
 * {@code RESOURCE_ID_ IN (task id, definition key, '*')}, which PostgreSQL can only run
 * as a nested loop, so a group with one read row per open task pays tasks × rows per
 * inbox page: 2 s for the inspection office at 10,000 items, minutes at municipal scale.
 * See docs/decisions/0017-task-authorizations-at-scale.md.
 */
@Component
class TaskAuthorizationProvider extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new Provider());
	}

	static final class Provider extends DefaultAuthorizationProvider {

		@Override
		public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
			String definitionId = task.getProcessDefinitionId();
			if (definitionId == null || !TaskReaders.readsTasksOf(groupId, key(definitionId))) {
				return super.newTaskGroupIdentityLink(task, groupId, type);
			}
			AuthorizationEntity work = createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false,
					getDefaultUserPermissionForTask());
			return new AuthorizationEntity[] { work };
		}

		/**
		 * A claim (or any assignment) is for the caller, or for a member of the task's
		 * candidate groups or a candidate user; the grant Camunda gave the previous
		 * assignee goes with the claim (issue 16, W1). Whoever runs without a user (the
		 * engine itself, start-up work) and Camunda administrators are not limited.
		 */
		@Override
		public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
			CommandContext context = Context.getCommandContext();
			ClaimRule.check(context, task, newAssignee);
			if (oldAssignee != null && !oldAssignee.equals(newAssignee)) {
				context.getAuthorizationManager()
					.deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), oldAssignee);
			}
			return super.newTaskAssignee(task, oldAssignee, newAssignee);
		}

		private static String key(String definitionId) {
			return Context.getProcessEngineConfiguration()
				.getDeploymentCache()
				.findDeployedProcessDefinitionById(definitionId)
				.getKey();
		}

	}

}

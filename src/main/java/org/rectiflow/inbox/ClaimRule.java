package org.rectiflow.inbox;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Who a task may be given to by a user (claim, set assignee, delegate through every door:
 * {@code /engine-rest}, the webapps' {@code /camunda/api}, the application): the caller
 * themselves, a candidate user of the task, a member of one of its candidate groups, or
 * the task's owner when a delegated task is resolved. Anything else is Camunda's
 * {@link AuthorizationException}, which its REST API answers with 403.
 */
final class ClaimRule {

	private ClaimRule() {
	}

	static void check(CommandContext context, Task task, String newAssignee) {
		Authentication caller = (context != null) ? context.getAuthentication() : null;
		if (newAssignee == null || caller == null || caller.getUserId() == null
				|| newAssignee.equals(caller.getUserId()) || context.getAuthorizationManager().isCamundaAdmin(caller)
				|| !(task instanceof TaskEntity entity) || newAssignee.equals(entity.getOwner())) {
			// a delegated task goes back to its owner when resolved (委派)
			return;
		}
		Set<String> groups = entity.getCandidates()
			.stream()
			.map(IdentityLink::getGroupId)
			.filter((group) -> group != null)
			.collect(Collectors.toSet());
		boolean candidateUser = entity.getCandidates()
			.stream()
			.anyMatch((link) -> newAssignee.equals(link.getUserId()));
		boolean member = candidateUser
				|| (!groups.isEmpty() && context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider()
					.createGroupQuery()
					.groupMember(newAssignee)
					.list()
					.stream()
					.map(Group::getId)
					.anyMatch(groups::contains)));
		if (!member) {
			throw new AuthorizationException(
					"任务只能由本人认领，或交给本任务候选组的成员：" + newAssignee + " 不是 / A task can be claimed only "
							+ "for oneself or for a member of its candidate groups, which " + newAssignee + " is not");
		}
	}

}

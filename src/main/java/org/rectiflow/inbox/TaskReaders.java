package org.rectiflow.inbox;

import java.util.Map;
import java.util.Set;

import org.rectiflow.identity.GroupIds;

/**
 * The groups that read every task (and its history) of some processes by a grant on the
 * process definition, not task by task: the supervisors, who see everything, and the
 * organization department, one of the four reviewers of every rectification item.
 * {@link InboxSetup} makes the grants; {@link TaskAuthorizationProvider} leaves out the
 * per-task read rows they make redundant.
 */
final class TaskReaders {

	static final String EVERY_PROCESS = "*";

	/** Group → the process definition key whose tasks it reads ("*": all). */
	static final Map<String, String> READS_TASKS_OF = Map.of(GroupIds.INSPECTION_OFFICE, EVERY_PROCESS,
			GroupIds.LEADING_GROUP, EVERY_PROCESS, GroupIds.DISCIPLINE_COMMISSION, EVERY_PROCESS,
			GroupIds.ORGANIZATION_DEPT, "rectification-item");

	/** The groups with the Tasklist filter 全部可见. */
	static final Set<String> SUPERVISORS = Set.of(GroupIds.INSPECTION_OFFICE, GroupIds.LEADING_GROUP,
			GroupIds.DISCIPLINE_COMMISSION);

	private TaskReaders() {
	}

	static boolean readsTasksOf(String groupId, String processDefinitionKey) {
		String key = READS_TASKS_OF.get(groupId);
		return key != null && (key.equals(EVERY_PROCESS) || key.equals(processDefinitionKey));
	}

}

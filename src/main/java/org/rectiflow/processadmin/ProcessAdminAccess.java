package org.rectiflow.processadmin;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;

/**
 * Who may do what with process versions: process administrators (and system
 * administrators) deploy and migrate; 巡察办 may look (versions, diagrams, differences,
 * migration progress), since it runs the rounds those versions drive; nobody else.
 */
final class ProcessAdminAccess {

	private ProcessAdminAccess() {
	}

	static boolean mayChange(CurrentUser user) {
		return user.inGroup(GroupIds.PROCESS_ADMIN) || user.inGroup(GroupIds.CAMUNDA_ADMIN);
	}

	static boolean mayRead(CurrentUser user) {
		return mayChange(user) || user.inGroup(GroupIds.INSPECTION_OFFICE);
	}

	static CurrentUser reader() {
		CurrentUser user = CurrentUser.get();
		if (!mayRead(user)) {
			throw new AccessRefusedException("只有流程管理员和巡察办可以查看流程版本 / Only process administrators and the "
					+ "inspection office may see process versions");
		}
		return user;
	}

	static CurrentUser changer() {
		CurrentUser user = CurrentUser.get();
		if (!mayChange(user)) {
			throw new AccessRefusedException(
					"只有流程管理员可以部署流程或迁移流程实例 / Only process administrators may deploy or migrate processes");
		}
		return user;
	}

}

package org.rectiflow.workflow;

import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.rectiflow.identity.GroupGrants;
import org.rectiflow.identity.GroupIds;

import org.rectiflow.cluster.ClusterLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process administrators deploy from Camunda Modeler and move running rounds to a new
 * version; nobody else may deploy (administrators aside).
 */
@Component
@Order(40)
class ProcessAdminGrants implements ApplicationRunner {

	private final GroupGrants grants;

	private final ClusterLock clusterLock;

	ProcessAdminGrants(GroupGrants grants, ClusterLock clusterLock) {
		this.clusterLock = clusterLock;
		this.grants = grants;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// One node at a time: a second node starting together finds everything made.
		this.clusterLock.lockUntilCommit(ClusterLock.STARTUP);
		String admins = GroupIds.PROCESS_ADMIN;
		this.grants.grant(admins, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ, Permissions.DELETE);
		this.grants.grant(admins, Resources.PROCESS_DEFINITION, "*", Permissions.ALL);
		this.grants.grant(admins, Resources.PROCESS_INSTANCE, "*", Permissions.READ, Permissions.UPDATE);
		this.grants.grant(admins, Resources.BATCH, "*", Permissions.READ,
				BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES);
		this.grants.grant(admins, Resources.BATCH, "*", Permissions.CREATE);
	}

}

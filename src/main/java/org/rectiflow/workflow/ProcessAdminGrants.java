package org.rectiflow.workflow;

import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
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
 * version; nobody else may deploy (administrators aside). They read what runs and retry a
 * failed step in Cockpit, but neither work the departments' tasks, change or delete a
 * running process, nor delete history or deployments: the records follow the processes,
 * and their history is what auditors read. An installation granted more by an earlier
 * version is narrowed to this.
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
		this.grants.grantExactly(admins, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
		this.grants.grantExactly(admins, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
				ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.MIGRATE_INSTANCE,
				ProcessDefinitionPermissions.RETRY_JOB);
		this.grants.grantExactly(admins, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
		this.grants.grantExactly(admins, Resources.BATCH, "*", Permissions.READ,
				BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES);
	}

}

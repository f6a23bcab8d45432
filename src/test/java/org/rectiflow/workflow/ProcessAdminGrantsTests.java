package org.rectiflow.workflow;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Process administrators deploy, migrate and read; an installation where an earlier
 * version granted them everything on the process definitions (task work, instance
 * changes, history deletion) and deletion of deployments is narrowed at start-up.
 */
@ApiTest
class ProcessAdminGrantsTests {

	private static final String ADMINS = "process-admin";

	@Autowired
	private AuthorizationService authorizations;

	@Autowired
	private ProcessAdminGrants grants;

	@Test
	void theGrantsOfAnEarlierVersionAreNarrowedToDeployMigrateAndRead() {
		widen(Resources.PROCESS_DEFINITION, Permissions.ALL);
		widen(Resources.PROCESS_INSTANCE, Permissions.READ, Permissions.UPDATE);
		widen(Resources.DEPLOYMENT, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
		widen(Resources.BATCH, Permissions.CREATE, Permissions.READ);
		assertThat(may(ProcessDefinitionPermissions.TASK_WORK, Resources.PROCESS_DEFINITION)).isTrue();

		this.grants.run(null);
		this.grants.run(null);

		assertThat(may(ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION)).isTrue();
		assertThat(may(ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION)).isTrue();
		assertThat(may(ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION)).isTrue();
		assertThat(may(ProcessDefinitionPermissions.MIGRATE_INSTANCE, Resources.PROCESS_DEFINITION)).isTrue();
		assertThat(may(ProcessDefinitionPermissions.RETRY_JOB, Resources.PROCESS_DEFINITION)).isTrue();
		assertThat(may(Permissions.CREATE, Resources.DEPLOYMENT)).isTrue();
		assertThat(may(Permissions.READ, Resources.PROCESS_INSTANCE)).isTrue();
		assertThat(may(BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES, Resources.BATCH)).isTrue();
		for (Permission taken : List.of(ProcessDefinitionPermissions.TASK_WORK,
				ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.UPDATE_TASK,
				ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.DELETE_INSTANCE,
				ProcessDefinitionPermissions.DELETE_HISTORY, ProcessDefinitionPermissions.CREATE_INSTANCE)) {
			assertThat(may(taken, Resources.PROCESS_DEFINITION)).as(taken.getName()).isFalse();
		}
		assertThat(may(Permissions.UPDATE, Resources.PROCESS_INSTANCE)).isFalse();
		assertThat(may(Permissions.DELETE, Resources.DEPLOYMENT)).isFalse();
		assertThat(may(Permissions.CREATE, Resources.BATCH)).isFalse();
	}

	private void widen(Resource resource, Permission... permissions) {
		Authorization grant = this.authorizations.createAuthorizationQuery()
			.groupIdIn(ADMINS)
			.resourceType(resource)
			.resourceId("*")
			.singleResult();
		grant.setPermissions(permissions);
		this.authorizations.saveAuthorization(grant);
	}

	private boolean may(Permission permission, Resource resource) {
		return this.authorizations.isUserAuthorized(ADMINS, List.of(ADMINS), permission, resource, "any-resource");
	}

}

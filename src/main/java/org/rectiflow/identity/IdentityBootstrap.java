package org.rectiflow.identity;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

import org.rectiflow.cluster.ClusterLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure every standard organization exists as a department and a Camunda group, that
 * an administrator exists, and, in the demo, that every group has its demo user.
 */
@Component
@Order(10)
class IdentityBootstrap implements ApplicationRunner {

	private final IdentityProperties properties;

	private final DepartmentRepository departments;

	private final CamundaIdentity camunda;

	private final DemoUsers demoUsers;

	private final GroupGrants grants;

	private final ClusterLock clusterLock;

	IdentityBootstrap(IdentityProperties properties, DepartmentRepository departments, CamundaIdentity camunda,
			DemoUsers demoUsers, GroupGrants grants, ClusterLock clusterLock) {
		this.clusterLock = clusterLock;
		this.properties = properties;
		this.departments = departments;
		this.camunda = camunda;
		this.demoUsers = demoUsers;
		this.grants = grants;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// One node at a time: a second node starting together finds everything made.
		this.clusterLock.lockUntilCommit(ClusterLock.STARTUP);
		for (Department department : OrganizationCatalog.standard(this.properties.organization())) {
			Department saved = this.departments.findByGroupId(department.getGroupId())
				.orElseGet(() -> this.departments.save(department));
			String type = (saved.getKind() == OrganizationKind.ADMINISTRATORS) ? Groups.GROUP_TYPE_SYSTEM
					: Groups.GROUP_TYPE_WORKFLOW;
			this.camunda.ensureGroup(saved.getGroupId(), saved.getName(), type);
			if (saved.getKind() != OrganizationKind.ADMINISTRATORS) {
				this.demoUsers.ensureFor(saved.getGroupId(), saved.getName());
			}
		}
		grantAdministratorsEverything();
		ensureAdministrator();
	}

	private void grantAdministratorsEverything() {
		for (Resource resource : Resources.values()) {
			this.grants.grant(GroupIds.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
		}
	}

	private void ensureAdministrator() {
		IdentityProperties.Admin admin = this.properties.admin();
		if (this.camunda.hasMembers(GroupIds.CAMUNDA_ADMIN) && !admin.isComplete()) {
			return;
		}
		if (!admin.isComplete()) {
			throw new MissingAdministratorException();
		}
		this.camunda.ensureUser(admin.username(), "系统", "管理员", admin.password());
		this.camunda.ensureMembership(admin.username(), GroupIds.CAMUNDA_ADMIN);
	}

}

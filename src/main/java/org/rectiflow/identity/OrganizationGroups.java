package org.rectiflow.identity;

import org.camunda.bpm.engine.authorization.Groups;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives an inspected unit (township, village, community) its Camunda group, and in the
 * demo its demo user, in the caller's transaction. Called by the {@code unit} module when
 * a unit is registered; idempotent.
 */
@Service
public class OrganizationGroups {

	private final CamundaIdentity camunda;

	private final DemoUsers demoUsers;

	OrganizationGroups(CamundaIdentity camunda, DemoUsers demoUsers) {
		this.camunda = camunda;
		this.demoUsers = demoUsers;
	}

	/**
	 * Makes sure the unit's group (named after the unit's party organization) exists.
	 * @param groupId the unit's group id, e.g. {@code village-t01v01}
	 * @param unitName the unit's name, e.g. 青山村
	 */
	@Transactional
	public void ensureUnitGroup(String groupId, String unitName) {
		String name = unitName + "党组织";
		this.camunda.ensureGroup(groupId, name, Groups.GROUP_TYPE_WORKFLOW);
		this.demoUsers.ensureFor(groupId, name);
	}

}

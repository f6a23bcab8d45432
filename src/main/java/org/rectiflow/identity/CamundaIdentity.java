package org.rectiflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/** Idempotent writes to Camunda's identity service: safe to repeat on every start. */
@Component
class CamundaIdentity {

	private final IdentityService identity;

	CamundaIdentity(IdentityService identity) {
		this.identity = identity;
	}

	void ensureGroup(String groupId, String name, String type) {
		Group group = this.identity.createGroupQuery().groupId(groupId).singleResult();
		if (group == null) {
			group = this.identity.newGroup(groupId);
			group.setName(name);
			group.setType(type);
			this.identity.saveGroup(group);
		}
	}

	boolean userExists(String userId) {
		return this.identity.createUserQuery().userId(userId).count() > 0;
	}

	void ensureUser(String userId, String firstName, String lastName, String password) {
		if (!userExists(userId)) {
			User user = this.identity.newUser(userId);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setPassword(password);
			this.identity.saveUser(user);
		}
	}

	void ensureMembership(String userId, String groupId) {
		if (this.identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			this.identity.createMembership(userId, groupId);
		}
	}

	boolean hasMembers(String groupId) {
		return this.identity.createUserQuery().memberOfGroup(groupId).count() > 0;
	}

}

package org.rectiflow.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

import org.springframework.stereotype.Component;

/**
 * Grants a group permissions on a Camunda resource; repeating a grant changes nothing.
 */
@Component
public class GroupGrants {

	private final AuthorizationService authorizations;

	GroupGrants(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = this.authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		Authorization grant = existing;
		if (grant == null) {
			grant = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(groupId);
			grant.setResource(resource);
			grant.setResourceId(resourceId);
		}
		boolean changed = existing == null;
		for (Permission permission : permissions) {
			changed |= !grant.isPermissionGranted(permission);
			grant.addPermission(permission);
		}
		if (changed) {
			this.authorizations.saveAuthorization(grant);
		}
	}

}

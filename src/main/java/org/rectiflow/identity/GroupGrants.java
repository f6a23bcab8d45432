package org.rectiflow.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

import org.springframework.stereotype.Component;

/**
 * Grants a group, or every user, permissions on a Camunda resource; repeating a grant
 * changes nothing.
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
		save(grant, existing == null, permissions);
	}

	/**
	 * A global authorization: one row that holds for every user, whatever their groups.
	 */
	public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = this.authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		Authorization grant = existing;
		if (grant == null) {
			grant = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			grant.setResource(resource);
			grant.setResourceId(resourceId);
		}
		save(grant, existing == null, permissions);
	}

	private void save(Authorization grant, boolean created, Permission... permissions) {
		boolean changed = created;
		for (Permission permission : permissions) {
			changed |= !grant.isPermissionGranted(permission);
			grant.addPermission(permission);
		}
		if (changed) {
			this.authorizations.saveAuthorization(grant);
		}
	}

}

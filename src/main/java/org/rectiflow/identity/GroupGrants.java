package org.rectiflow.identity;

import java.util.Arrays;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.TaskPermissions;

import org.springframework.stereotype.Component;

/**
 * Grants a group, or every user, permissions on a Camunda resource; repeating a grant
 * changes nothing.
 */
@Component
public class GroupGrants {

	/** Every permission a grant of this application may hold, to compare two grants. */
	private static final Permission[] KNOWN = Stream
		.of(Permissions.values(), ProcessDefinitionPermissions.values(), ProcessInstancePermissions.values(),
				TaskPermissions.values(), BatchPermissions.values())
		.flatMap(Arrays::stream)
		.toArray(Permission[]::new);

	private final AuthorizationService authorizations;

	GroupGrants(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = find(groupId, resource, resourceId);
		Authorization grant = (existing != null) ? existing : newGrant(groupId, resource, resourceId);
		add(grant, existing == null, permissions);
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
		add(grant, existing == null, permissions);
	}

	/**
	 * Grants a group these permissions and no others: a grant that holds more (as an
	 * earlier version granted) is narrowed to them. Repeating it changes nothing.
	 */
	public void grantExactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = find(groupId, resource, resourceId);
		Authorization grant = (existing != null) ? existing : newGrant(groupId, resource, resourceId);
		Permission[] before = grant.getPermissions(KNOWN);
		grant.setPermissions(permissions);
		if (existing == null || !Arrays.equals(before, grant.getPermissions(KNOWN))) {
			this.authorizations.saveAuthorization(grant);
		}
	}

	private void add(Authorization grant, boolean created, Permission... permissions) {
		boolean changed = created;
		for (Permission permission : permissions) {
			changed |= !grant.isPermissionGranted(permission);
			grant.addPermission(permission);
		}
		if (changed) {
			this.authorizations.saveAuthorization(grant);
		}
	}

	private Authorization find(String groupId, Resource resource, String resourceId) {
		return this.authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
	}

	private Authorization newGrant(String groupId, Resource resource, String resourceId) {
		Authorization grant = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId(groupId);
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		return grant;
	}

}

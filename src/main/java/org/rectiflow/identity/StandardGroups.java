package org.rectiflow.identity;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The groups every installation has (DOMAIN.md: office, teams, partners, functional
 * departments), known before the identity bootstrap has created them — the engine deploys
 * the models first, and the deployment gate must accept a model routed to them.
 */
@Component
public class StandardGroups {

	private final Set<String> ids;

	StandardGroups(IdentityProperties properties) {
		this.ids = OrganizationCatalog.standard(properties.organization())
			.stream()
			.map(Department::getGroupId)
			.collect(Collectors.toUnmodifiableSet());
	}

	public boolean contains(String groupId) {
		return this.ids.contains(groupId);
	}

}

package org.rectiflow.unit;

import org.rectiflow.identity.OrganizationGroups;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new township, village and community its Camunda group, in the same
 * transaction.
 */
@Component
class UnitGroups {

	private final OrganizationGroups groups;

	UnitGroups(OrganizationGroups groups) {
		this.groups = groups;
	}

	@EventListener
	void on(UnitRegistered unit) {
		this.groups.ensureUnitGroup(unit.groupId(), unit.name());
	}

}

package org.rectiflow.identity;

import org.camunda.bpm.engine.authorization.Groups;
import org.rectiflow.unit.UnitRegistered;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new township, village and community its Camunda group, in the same
 * transaction.
 */
@Component
class UnitGroups {

	private final CamundaIdentity camunda;

	private final DemoUsers demoUsers;

	UnitGroups(CamundaIdentity camunda, DemoUsers demoUsers) {
		this.camunda = camunda;
		this.demoUsers = demoUsers;
	}

	@EventListener
	void on(UnitRegistered unit) {
		String name = unit.name() + "党组织";
		this.camunda.ensureGroup(unit.groupId(), name, Groups.GROUP_TYPE_WORKFLOW);
		this.demoUsers.ensureFor(unit.groupId(), name);
	}

}

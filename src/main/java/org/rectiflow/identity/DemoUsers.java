package org.rectiflow.identity;

import org.springframework.stereotype.Component;

/**
 * In the demo, every group gets one user with the same id as the group and the demo
 * password, so that each inbox can be tried. Outside the demo this does nothing.
 */
@Component
class DemoUsers {

	private final IdentityProperties.Demo demo;

	private final CamundaIdentity camunda;

	DemoUsers(IdentityProperties properties, CamundaIdentity camunda) {
		this.demo = properties.demo();
		this.camunda = camunda;
	}

	void ensureFor(String groupId, String groupName) {
		if (!this.demo.enabled()) {
			return;
		}
		if (this.demo.password() == null || this.demo.password().isBlank()) {
			throw new IllegalStateException("rectiflow.demo.password must be set when rectiflow.demo.enabled=true");
		}
		this.camunda.ensureUser(groupId, groupName, "(演示用户)", this.demo.password());
		this.camunda.ensureMembership(groupId, groupId);
	}

}

package org.rectiflow;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages depend on each other only through their public types, with no
 * cycles.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RectiflowApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

}

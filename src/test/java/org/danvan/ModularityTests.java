package org.danvan;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a module; its sub-packages are internal to it. Fails when a
 * module reaches into another's internals or modules depend on each other in a cycle.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DanVanApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		this.modules.verify();
	}

}

package org.rectiflow.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (JUnit's extension auto-detection, see
 * {@code junit-platform.properties}): each class and each test starts on the suite's
 * clock, whatever an earlier test did to the engine's clock.
 */
public class SuiteClockExtension implements BeforeAllCallback, BeforeEachCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		TestClock.reset();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		TestClock.reset();
	}

}

package org.rectiflow.console;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds {@link DemoScenario} once the demo application is ready (setting
 * {@code rectiflow.demo.scenario.enabled}, on in {@code application-demo.yml}, off in
 * tests, which seed it themselves). Two nodes starting together: the one holding the
 * ShedLock {@code demo-scenario} seeds, the other goes on without waiting (the scenario
 * drives processes in many transactions, so a row lock held for one transaction cannot
 * cover it).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "rectiflow.demo.scenario.enabled", havingValue = "true")
class DemoScenarioRunner {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoScenarioRunner.class);

	private static final Duration LONGEST_SEEDING = Duration.ofMinutes(30);

	private final DemoScenario scenario;

	private final DefaultLockingTaskExecutor lockingExecutor;

	DemoScenarioRunner(DemoScenario scenario, LockProvider lockProvider) {
		this.scenario = scenario;
		this.lockingExecutor = new DefaultLockingTaskExecutor(lockProvider);
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		try {
			this.lockingExecutor.executeWithLock((Runnable) this.scenario::seed,
					new LockConfiguration(Instant.now(), "demo-scenario", LONGEST_SEEDING, Duration.ZERO));
		}
		catch (RuntimeException ex) {
			// the demo application starts anyway; the console then shows what there is
			log.warn("The console's demo scenario could not be seeded: {}", ex.getMessage(), ex);
		}
	}

}

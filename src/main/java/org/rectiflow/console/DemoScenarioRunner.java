package org.rectiflow.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds {@link DemoScenario} once the demo application is ready (setting
 * {@code rectiflow.demo.scenario.enabled}, on in {@code application-demo.yml}, off in
 * tests, which seed it themselves).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "rectiflow.demo.scenario.enabled", havingValue = "true")
class DemoScenarioRunner {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoScenarioRunner.class);

	private final DemoScenario scenario;

	DemoScenarioRunner(DemoScenario scenario) {
		this.scenario = scenario;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		try {
			this.scenario.seed();
		}
		catch (RuntimeException ex) {
			// the demo application starts anyway; the console then shows what there is
			log.warn("The console's demo scenario could not be seeded: {}", ex.getMessage(), ex);
		}
	}

}

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

	private final DemoScenario scenario;

	DemoScenarioRunner(DemoScenario scenario) {
		this.scenario = scenario;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		this.scenario.seed();
	}

}

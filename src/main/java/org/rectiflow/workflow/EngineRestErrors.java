package org.rectiflow.workflow;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@link RefusedInputMapper}s on the Jersey configuration of Camunda's REST
 * API ({@code /engine-rest}), so that input the application refuses is a 400 or 409
 * there, never a 500.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrors {

	@Bean
	ResourceConfigCustomizer refusedInputOnEngineRest() {
		return (config) -> config.registerInstances(new RefusedInputMapper.InRestException(),
				new RefusedInputMapper.InEngineException(), new RefusedInputMapper.InvalidInput(),
				new RefusedInputMapper.ConstraintViolation(), new RefusedInputMapper.RuleViolation());
	}

}

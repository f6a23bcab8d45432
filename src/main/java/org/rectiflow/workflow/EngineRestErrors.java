package org.rectiflow.workflow;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@link RefusedInputMapper}s on the Jersey configuration of Camunda's REST
 * API ({@code /engine-rest}), so that input the application refuses is a 400 or 409
 * there, never a 500, and the {@link PagingParameters} check.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrors {

	@Bean
	InstanceStatistics instanceStatistics(AuthorizationService authorizations, IdentityService identity) {
		return new InstanceStatistics(authorizations, identity);
	}

	/** The webapps' statistics, after Spring Security (order -100) has set the caller. */
	@Bean
	FilterRegistrationBean<InstanceStatistics.OnWebapps> instanceStatisticsOnWebapps(InstanceStatistics statistics) {
		FilterRegistrationBean<InstanceStatistics.OnWebapps> registration = new FilterRegistrationBean<>(
				new InstanceStatistics.OnWebapps(statistics));
		registration.setName("instance-statistics-guard");
		registration.addUrlPatterns("/camunda/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	@Bean
	ResourceConfigCustomizer refusedInputOnEngineRest(InstanceStatistics statistics) {
		return (config) -> config.registerInstances(new InstanceStatistics.OnEngineRest(statistics),
				new RefusedInputMapper.InRestException(), new RefusedInputMapper.InEngineException(),
				new RefusedInputMapper.InvalidInput(), new RefusedInputMapper.ConstraintViolation(),
				new RefusedInputMapper.RuleViolation(), new PagingParameters());
	}

}

package org.rectiflow.workflow;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link VariableWriteFilter} in front of Camunda's two REST doors,
 * {@code /engine-rest} (Camunda Modeler, other systems) and {@code /camunda/api} (the
 * Tasklist and Cockpit), after Spring Security has named the user.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VariableLimits.class)
class VariableDoors {

	@Bean
	FilterRegistrationBean<VariableWriteFilter> variableWriteFilter(CompletionRules rules, VariableLimits limits) {
		FilterRegistrationBean<VariableWriteFilter> registration = new FilterRegistrationBean<>(
				new VariableWriteFilter(rules, limits));
		registration.setName("rectiflow-variable-writes");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

}

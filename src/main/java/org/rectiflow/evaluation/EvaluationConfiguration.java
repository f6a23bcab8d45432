package org.rectiflow.evaluation;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

	@Bean
	PublicRateLimit publicRateLimit(EvaluationProperties properties) {
		return new PublicRateLimit(properties);
	}

	/** Before Spring Security, so that refused requests cost nothing further. */
	@Bean
	FilterRegistrationBean<PublicRateLimit> publicRateLimitRegistration(PublicRateLimit filter) {
		FilterRegistrationBean<PublicRateLimit> registration = new FilterRegistrationBean<>(filter);
		registration.setName("evaluation-public-rate-limit");
		registration.addUrlPatterns("/e/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}

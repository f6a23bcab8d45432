package org.rectiflow.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Page links are written as they are. Spring Boot turns on its resource chain because
 * webjars-locator is present (so that {@code /webjars/htmx.org/dist/htmx.min.js} needs no
 * version), and with it {@link ResourceUrlEncodingFilter}, which looks every link of
 * every page up among the static resources to add a content version: on the dashboard
 * hundreds of class-path look-ups per request for links such as {@code /console/ledger?…}
 * that are no resource at all, a third of the page's time at municipal scale
 * (docs/benchmarks.md). No link here is versioned, so the filter is not registered; the
 * web jars still resolve without a version when they are requested.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		// Spring Boot's Thymeleaf configuration registers the filter unless one is there
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}

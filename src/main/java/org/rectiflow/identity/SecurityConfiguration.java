package org.rectiflow.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two doors, one identity. {@code /engine-rest} is guarded by Camunda's own HTTP Basic
 * filter (so Camunda Modeler can deploy); everything else by Spring Security against the
 * same Camunda users. The Camunda webapps keep their own login and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	@Order(1)
	SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PATHS.matcher("/engine-rest/**"))
			.authorizeHttpRequests((requests) -> requests
				// Camunda's filter leaves the engine list open; it names the engines, so
				// guard it here.
				.requestMatchers(PATHS.matcher("/engine-rest/engine"), PATHS.matcher("/engine-rest/engine/"))
				.authenticated()
				.anyRequest()
				.permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(Customizer.withDefaults());
		return http.build();
	}

	/**
	 * The application's API and its OpenAPI description: HTTP Basic for other systems, or
	 * the console's session. A session caller needs the CSRF token; a caller sending its
	 * own credentials does not. The description lists every endpoint of an internal
	 * government system, so, like the API, it is for logged-in users only.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
		http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/v3/api-docs/**"),
				PATHS.matcher("/v3/api-docs.yaml")))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.csrf((csrf) -> csrf.ignoringRequestMatchers((request) -> request.getHeader("Authorization") != null))
			.httpBasic(Customizer.withDefaults())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new ProblemEntryPoint())
				.accessDeniedHandler(new ProblemAccessDenied()));
		return http.build();
	}

	/**
	 * The villagers' evaluation pages ({@code /e/...}, module evaluation): no login, no
	 * session; the form's CSRF token lives in an HttpOnly cookie instead of a session.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain publicEvaluationChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PATHS.matcher("/e/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true))
			.anonymous(Customizer.withDefaults())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response, denied) -> {
				response.setStatus(403);
				response.setContentType("text/html;charset=UTF-8");
				response.getWriter()
					.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
							+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
							+ "<title>页面已过期</title></head><body style=\"font-family:sans-serif;padding:1.5rem\">"
							+ "<h1 style=\"font-size:1.4rem\">页面已过期</h1><p>请重新扫描二维码或打开链接，再提交问卷。</p></body></html>");
			}));
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain applicationChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(PATHS.matcher("/"), PATHS.matcher("/error"), PATHS.matcher("/login"),
					PATHS.matcher("/css/**"), PATHS.matcher("/js/**"), PATHS.matcher("/images/**"),
					PATHS.matcher("/webjars/**"), PATHS.matcher("/favicon.ico"))
			.permitAll()
			.requestMatchers(PATHS.matcher("/actuator/health/**"), PATHS.matcher("/actuator/info"))
			.permitAll()
			// The webapps' pages and their API need the console login; their static files
			// do not.
			.requestMatchers(PATHS.matcher("/camunda/app/**"), PATHS.matcher("/camunda/api/**"))
			.authenticated()
			.requestMatchers(PATHS.matcher("/camunda/**"))
			.permitAll()
			.anyRequest()
			.authenticated())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(PATHS.matcher("/camunda/**")))
			.headers((headers) -> headers.frameOptions((frame) -> frame.sameOrigin()))
			.formLogin((form) -> form.loginPage("/login").permitAll())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(new ProblemEntryPoint(),
					PATHS.matcher("/camunda/api/**")))
			// Logging out of the console or of a webapp ends the one session both live
			// in.
			.logout((logout) -> logout
				.logoutRequestMatcher(new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/logout"),
						PATHS.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/logout")))
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID")
				.logoutSuccessHandler(new LogoutAnswer()));
		return http.build();
	}

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setName("camunda-webapp-sso");
		registration.addInitParameter("authentication-provider", SpringSecurityWebappAuthentication.class.getName());
		registration.addUrlPatterns("/camunda/*");
		// after Spring Security's chain (order -100), which has set the user
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("camunda-engine-rest-auth");
		registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

}

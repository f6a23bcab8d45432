package org.rectiflow.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
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

	private static final RequestMatcher API = new OrRequestMatcher(PATHS.matcher("/api/**"),
			PATHS.matcher("/v3/api-docs/**"), PATHS.matcher("/v3/api-docs.yaml"));

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
	 * The application's API for other systems: a request carrying HTTP Basic credentials
	 * is authenticated by them alone. It needs no CSRF token, because a browser never
	 * adds such a header to a forged request by itself, and it neither reads nor creates
	 * a session, so a session cookie sent along does not authenticate it (issue 16, W2).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiBasicChain(HttpSecurity http, SecurityHeaders headers) throws Exception {
		http.securityMatcher(new AndRequestMatcher(API, SecurityConfiguration::sendsBasicCredentials))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.httpBasic(Customizer.withDefaults())
			.headers(headers::api)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new ProblemEntryPoint())
				.accessDeniedHandler(new ProblemAccessDenied()));
		return http.build();
	}

	/**
	 * The application's API and its OpenAPI description with the console's session: the
	 * caller needs the CSRF token whatever other header it sends. The description lists
	 * every endpoint of an internal government system, so, like the API, it is for
	 * logged-in users only.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain apiChain(HttpSecurity http, SecurityHeaders headers) throws Exception {
		http.securityMatcher(API)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.headers(headers::api)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new ProblemEntryPoint())
				.accessDeniedHandler(new ProblemAccessDenied()));
		return http.build();
	}

	/** A real HTTP Basic {@code Authorization} header, not any header at all. */
	static boolean sendsBasicCredentials(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/**
	 * The villagers' evaluation pages ({@code /e/...}, module evaluation): no login, no
	 * session; the form's CSRF token lives in an HttpOnly cookie instead of a session.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain publicEvaluationChain(HttpSecurity http, SecurityHeaders headers) throws Exception {
		http.securityMatcher(PATHS.matcher("/e/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true))
			.anonymous(Customizer.withDefaults())
			.headers(headers::publicPages)
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
	@Order(5)
	SecurityFilterChain applicationChain(HttpSecurity http, SecurityHeaders headers) throws Exception {
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
			// Before login the CSRF token and the page asked for live in cookies, so that
			// an anonymous visitor creates no session (issue 16, W14).
			.csrf((csrf) -> csrf.ignoringRequestMatchers(PATHS.matcher("/camunda/**"))
				.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()))
			.requestCache((cache) -> cache.requestCache(new CookieRequestCache()))
			.headers(headers::pages)
			.formLogin((form) -> form.loginPage("/login").failureHandler(loginFailure()).permitAll())
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

	/**
	 * A refused login goes back to the login page without creating a session; a locked
	 * account says so.
	 */
	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, ex) -> response.sendRedirect(
				request.getContextPath() + ((ex instanceof LockedException) ? "/login?locked" : "/login?error"));
	}

	/** Before Camunda's HTTP Basic filter of {@code /engine-rest}. */
	@Bean
	FilterRegistrationBean<EngineRestLockouts> engineRestLockouts(LoginLockouts lockouts) {
		FilterRegistrationBean<EngineRestLockouts> registration = new FilterRegistrationBean<>(
				new EngineRestLockouts(lockouts));
		registration.setName("engine-rest-lockouts");
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
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

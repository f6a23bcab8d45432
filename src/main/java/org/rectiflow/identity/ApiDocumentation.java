package org.rectiflow.identity;

import java.io.IOException;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Swagger UI ({@code /swagger-ui.html}) for a person logged in to the console, and the
 * OpenAPI description's security schemes.
 * <ul>
 * <li>The description declares HTTP Basic ({@value #BASIC}), so "Authorize" in Swagger UI
 * offers a user id and password; such a request goes to the API's Basic chain and needs
 * no CSRF token.</li>
 * <li>Without "Authorize", "Try it out" uses the console's session, which needs the CSRF
 * token of the session (header {@value #CSRF_HEADER}, Spring Security's default of the
 * session's token repository). The token lives in the session, which page scripts cannot
 * read; so the Swagger UI pages of a logged-in user get it in a script-readable cookie
 * {@value #CSRF_COOKIE} (path {@code /swagger-ui}, SameSite=Strict, sent to no other
 * page), and springdoc's {@code swagger-ui.csrf} (application.yml) copies it into the
 * header of every same-origin request.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Rectiflow API", version = "1"),
		security = @SecurityRequirement(name = ApiDocumentation.BASIC))
@SecurityScheme(name = ApiDocumentation.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
		description = "演示用户：用户名即组名(如 inspection-office)，密码见 README / demo users: user id = group id")
class ApiDocumentation {

	/** The security scheme's name in the OpenAPI description. */
	static final String BASIC = "basicAuth";

	/** The header Spring Security reads the session's CSRF token from. */
	static final String CSRF_HEADER = "X-CSRF-TOKEN";

	/**
	 * The cookie Swagger UI reads the token from (springdoc.swagger-ui.csrf.cookie-name).
	 */
	static final String CSRF_COOKIE = "XSRF-SWAGGER";

	@Bean
	FilterRegistrationBean<SwaggerCsrfCookie> swaggerCsrfCookie() {
		FilterRegistrationBean<SwaggerCsrfCookie> registration = new FilterRegistrationBean<>(new SwaggerCsrfCookie());
		registration.setName("swagger-csrf-cookie");
		registration.addUrlPatterns("/swagger-ui/*");
		return registration;
	}

	/**
	 * After Spring Security's chain (it set the request's {@link CsrfToken}): a logged-in
	 * user's Swagger UI page gets the session's token in {@value #CSRF_COOKIE}.
	 */
	static final class SwaggerCsrfCookie extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null && request.getSession(false) != null && request.getUserPrincipal() != null) {
				response.addHeader("Set-Cookie",
						ResponseCookie.from(CSRF_COOKIE, token.getToken())
							.path(request.getContextPath() + "/swagger-ui")
							.sameSite("Strict")
							.secure(request.isSecure())
							.httpOnly(false)
							.build()
							.toString());
			}
			chain.doFilter(request, response);
		}

	}

}

package org.rectiflow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The browser-side defences of every answer (issue 16, W7; docs/decisions/0020): a
 * Content-Security-Policy that runs only the application's own script files (no inline
 * script, no eval, no other origin), allows framing only by the application itself (the
 * evidence preview), a Referrer-Policy that sends no path to other sites, and HSTS when
 * served over HTTPS ({@code rectiflow.security.hsts-max-age}, 0 to switch off). The
 * Camunda webapps ({@code /camunda/**}) send their own policy (Camunda's header security
 * filter, {@code camunda.bpm.webapp.header-security}); the two are never combined.
 */
@Component
@EnableConfigurationProperties(SecurityHeaders.Settings.class)
class SecurityHeaders {

	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'self'";

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'self'";

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	private final Settings settings;

	SecurityHeaders(Settings settings) {
		this.settings = settings;
	}

	/** The console's pages and the login. */
	void pages(HeadersConfigurer<?> headers) {
		common(headers, ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN);
		// Camunda's webapps and Swagger UI bring their own pages and policies.
		headers.addHeaderWriter(outside(new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY), "/camunda/**",
				"/swagger-ui/**", "/swagger-ui.html"));
	}

	/** The villagers' evaluation pages: their address holds the token, so no referrer. */
	void publicPages(HeadersConfigurer<?> headers) {
		common(headers, ReferrerPolicy.NO_REFERRER);
		headers.addHeaderWriter(new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY));
	}

	/**
	 * JSON and files of the API: nothing in them runs, and only the console frames them.
	 */
	void api(HeadersConfigurer<?> headers) {
		common(headers, ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN);
		headers.addHeaderWriter(new StaticHeadersWriter("Content-Security-Policy", API_POLICY));
	}

	private void common(HeadersConfigurer<?> headers, ReferrerPolicy referrerPolicy) {
		headers.frameOptions((frame) -> frame.sameOrigin())
			.referrerPolicy((referrer) -> referrer.policy(referrerPolicy));
		if (this.settings.hstsMaxAge() > 0) {
			// written only on a secure request (directly or behind a proxy trusted with
			// server.forward-headers-strategy)
			headers.httpStrictTransportSecurity(
					(hsts) -> hsts.maxAgeInSeconds(this.settings.hstsMaxAge()).includeSubDomains(true));
		}
		else {
			headers.httpStrictTransportSecurity((hsts) -> hsts.disable());
		}
	}

	private static HeaderWriter outside(HeaderWriter writer, String... patterns) {
		return new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(new OrRequestMatcher(
				java.util.Arrays.stream(patterns).map(PATHS::matcher).toArray(PathPatternRequestMatcher[]::new))),
				writer);
	}

	/**
	 * @param hstsMaxAge seconds browsers keep to HTTPS after an answer over HTTPS; 0
	 * sends no Strict-Transport-Security
	 */
	@ConfigurationProperties("rectiflow.security")
	record Settings(Long hstsMaxAge) {

		Settings {
			hstsMaxAge = (hstsMaxAge != null) ? hstsMaxAge : 31_536_000L;
		}

	}

}

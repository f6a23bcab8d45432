package org.rectiflow.support;

import java.util.Map;
import java.util.WeakHashMap;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Registered for every test class (JUnit's extension auto-detection). MockMvc's
 * {@code csrf()} replaces the CSRF filter's token repository for good with one that keeps
 * the token in a session; in a Spring context shared with tests that speak real HTTP, the
 * login page would then create a session (issue 16, W14 keeps it in a cookie). Before
 * each test the filters get their own repositories back.
 */
public class CsrfRepositoryExtension implements BeforeEachCallback {

	private static final Map<CsrfFilter, CsrfTokenRepository> ORIGINALS = new WeakHashMap<>();

	@Override
	public void beforeEach(ExtensionContext context) {
		if (!MergedAnnotations.from(context.getRequiredTestClass(), MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(SpringBootTest.class)) {
			return;
		}
		ApplicationContext spring = SpringExtension.getApplicationContext(context);
		for (FilterChainProxy proxy : spring.getBeansOfType(FilterChainProxy.class).values()) {
			for (SecurityFilterChain chain : proxy.getFilterChains()) {
				for (Filter filter : chain.getFilters()) {
					if (filter instanceof CsrfFilter csrf) {
						restore(csrf);
					}
				}
			}
		}
	}

	private static synchronized void restore(CsrfFilter filter) {
		CsrfTokenRepository current = (CsrfTokenRepository) ReflectionTestUtils.getField(filter, "tokenRepository");
		CsrfTokenRepository original = ORIGINALS.putIfAbsent(filter, current);
		if (original != null && original != current) {
			ReflectionTestUtils.setField(filter, "tokenRepository", original);
		}
	}

}

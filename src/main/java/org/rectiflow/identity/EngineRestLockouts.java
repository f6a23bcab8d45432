package org.rectiflow.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same lock-outs ({@link LoginLockouts}) on {@code /engine-rest}, whose HTTP Basic
 * login is Camunda's own filter: a locked account is refused before its password is
 * checked, and Camunda's answer (401 or not) counts as a failure or a success.
 */
class EngineRestLockouts extends OncePerRequestFilter {

	private final LoginLockouts lockouts;

	EngineRestLockouts(LoginLockouts lockouts) {
		this.lockouts = lockouts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String userId = basicUser(request);
		if (userId == null) {
			chain.doFilter(request, response);
			return;
		}
		String source = request.getRemoteAddr();
		if (this.lockouts.lockedUntil(userId, source).isPresent()) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter()
				.write("{\"type\":\"AuthenticationException\",\"message\":\"密码错误次数过多，该账户在本地址暂时锁定 / "
						+ "Too many wrong passwords: the account is locked for this address for a while\"}");
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			this.lockouts.failed(userId, source);
		}
		else {
			this.lockouts.succeeded(userId, source);
		}
	}

	private static String basicUser(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (!SecurityConfiguration.sendsBasicCredentials(request)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon > 0) ? decoded.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

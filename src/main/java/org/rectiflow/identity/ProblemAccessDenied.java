package org.rectiflow.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A 403 that Spring Security answers itself for the API (above all a session call without
 * its CSRF token) as a ProblemDetail, like every other API error, instead of Boot's error
 * JSON without a detail.
 */
class ProblemAccessDenied implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		String detail = (denied instanceof CsrfException)
				? "缺少或无效的 CSRF 令牌，请刷新页面后重试；以自己的用户名和密码（HTTP Basic）调用时不需要令牌 / The CSRF token is missing or invalid: "
						+ "reload the page and try again (callers sending their own credentials need none)"
				: "您无权执行此操作 / You may not do this";
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"无权操作 / Forbidden\",\"status\":403,\"detail\":\"" + detail
					+ "\"}");
	}

}

package org.rectiflow.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * The console goes back to the entry page; a webapp's own logout call gets a plain 204.
 */
class LogoutAnswer implements LogoutSuccessHandler {

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
		}
		else {
			response.sendRedirect(request.getContextPath() + "/");
		}
	}

}

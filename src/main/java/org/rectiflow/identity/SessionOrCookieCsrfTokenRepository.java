package org.rectiflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token in the session once there is one (after login), and in an HttpOnly
 * cookie before: an anonymous page such as {@code /login} then creates no session row
 * (issue 16, W14), while a logged-in user's token lives with the login as before. The
 * login form's token comes from the cookie; after login Spring Security drops it and
 * issues the next one into the new session.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokenRepository() {
		this.cookie.setCookieName("XSRF-LOGIN");
		this.cookie.setCookiePath("/");
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.session.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			this.session.saveToken(token, request, response);
			if (token == null) {
				this.cookie.saveToken(null, request, response);
			}
		}
		else {
			this.cookie.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		if (request.getSession(false) != null) {
			CsrfToken token = this.session.loadToken(request);
			if (token != null) {
				return token;
			}
		}
		return this.cookie.loadToken(request);
	}

}

package org.rectiflow.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * The per-device limit of the shared link: after an answer the browser gets a signed,
 * HttpOnly cookie saying "this browser answered evaluation N". The cookie carries no
 * identifier of the device and the server stores nothing about it; clearing cookies
 * allows another answer, which the evaluation's cap on shared answers bounds (see
 * docs/decisions/0013-evaluation-anonymity.md).
 */
@Component
class SharedDeviceCookie {

	private static final String PREFIX = "rf_answered_";

	private final byte[] key;

	SharedDeviceCookie(EvaluationProperties properties) {
		String configured = properties.getCookieKey();
		if (configured == null || configured.isBlank()) {
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else {
			this.key = configured.getBytes(StandardCharsets.UTF_8);
		}
	}

	boolean answered(HttpServletRequest request, Evaluation evaluation) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		byte[] expected = signature(evaluation.getId()).getBytes(StandardCharsets.US_ASCII);
		for (Cookie cookie : cookies) {
			if ((PREFIX + evaluation.getId()).equals(cookie.getName()) && cookie.getValue() != null
					&& MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
				return true;
			}
		}
		return false;
	}

	void markAnswered(HttpServletRequest request, HttpServletResponse response, Evaluation evaluation) {
		Cookie cookie = new Cookie(PREFIX + evaluation.getId(), signature(evaluation.getId()));
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setPath("/e/s/");
		long seconds = (evaluation.getClosesAt() != null)
				? Math.max(60, Duration.between(Instant.now(), evaluation.getClosesAt()).getSeconds() + 86_400)
				: Duration.ofDays(90).getSeconds();
		cookie.setMaxAge((int) Math.min(seconds, Integer.MAX_VALUE));
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	private String signature(long evaluationId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] digest = mac.doFinal(("answered:" + evaluationId).getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

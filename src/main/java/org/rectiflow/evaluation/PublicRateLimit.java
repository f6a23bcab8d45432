package org.rectiflow.evaluation;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the public pages {@code /e/...}: at most N requests per IP address and minute (a
 * fixed window held only in this node's memory, never stored or logged; in a cluster each
 * node counts on its own), and no request body larger than the setting, counted as it is
 * read whether or not it announces its length ({@link BoundedBody}). Both refuse with a
 * short page in Chinese.
 */
class PublicRateLimit extends OncePerRequestFilter {

	private final Cache<String, AtomicInteger> windows;

	private final EvaluationProperties properties;

	PublicRateLimit(EvaluationProperties properties) {
		this(properties, Duration.ofMinutes(1));
	}

	PublicRateLimit(EvaluationProperties properties, Duration window) {
		this.properties = properties;
		this.windows = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(200_000).build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		AtomicInteger count = this.windows.get(request.getRemoteAddr(), (address) -> new AtomicInteger());
		if (count.incrementAndGet() > this.properties.getRequestsPerMinute()) {
			response.setHeader("Retry-After", "60");
			refuse(response, 429, "访问过于频繁", "您的网络在短时间内访问次数过多，请稍等一分钟后再试。");
			return;
		}
		if (request.getContentLengthLong() > this.properties.getMaxBodyBytes()) {
			tooLong(response);
			return;
		}
		HttpServletRequest bounded = hasBody(request) ? BoundedBody.read(request, this.properties.getMaxBodyBytes())
				: request;
		if (bounded == null) {
			tooLong(response);
			return;
		}
		chain.doFilter(bounded, response);
	}

	/**
	 * A body announced by its length, or sent in chunks with no length at all; a GET
	 * without either has none to count.
	 */
	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	private static void tooLong(HttpServletResponse response) throws IOException {
		refuse(response, 400, "提交内容过长", "提交的内容超过了允许的大小，请缩短意见建议后重新提交。");
	}

	/** Forgets every count (tests). */
	void reset() {
		this.windows.invalidateAll();
	}

	static void refuse(HttpServletResponse response, int status, String title, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ "</title></head><body style=\"font-family:sans-serif;padding:1.5rem;line-height:1.6\"><h1 style=\"font-size:1.4rem\">"
					+ title + "</h1><p>" + message + "</p></body></html>");
	}

}

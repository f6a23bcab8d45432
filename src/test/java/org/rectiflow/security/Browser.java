package org.rectiflow.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the running test server that keeps cookies as a browser
 * does (no redirects followed), for the security tests that need real requests: chunked
 * bodies, sessions, headers and error pages.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	Browser(int port) {
		this.port = port;
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	Map<String, String> cookies() {
		return this.cookies;
	}

	HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return send(request(path, headers).GET());
	}

	HttpResponse<String> post(String path, String contentType, String body, String... headers)
			throws IOException, InterruptedException {
		return send(request(path, headers).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return request;
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String header : response.headers().allValues("Set-Cookie")) {
			String pair = header.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals);
			String value = pair.substring(equals + 1);
			if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		return response;
	}

	/** Logs in through the login form as a browser does; answers the login's answer. */
	HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
		HttpResponse<String> form = get("/login");
		Matcher csrf = CSRF.matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		return post("/login", "application/x-www-form-urlencoded",
				"username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1)));
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

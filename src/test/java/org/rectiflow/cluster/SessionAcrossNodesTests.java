package org.rectiflow.cluster;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logins live in the database (Spring Session JDBC), so a node that did not see the login
 * serves the session: every attribute, the Camunda webapps' authentication included, is
 * read back from its bytes as another JVM would. (The reliability profile logs in on one
 * node process and works on the other.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class SessionAcrossNodesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theSessionOfAConsoleAndWebappLoginIsInTheDatabaseAndReadableByAnyNode() throws Exception {
		String cookie = login("organization-dept");
		// as a browser does: the webapp's page, then the webapp asks who is logged in
		assertThat(get("/camunda/app/tasklist/default/", cookie).statusCode()).isEqualTo(200);
		assertThat(get("/camunda/api/admin/auth/user/default", cookie).body())
			.contains("\"userId\":\"organization-dept\"");

		String sessionId = new String(Base64.getDecoder().decode(cookie.substring(cookie.indexOf('=') + 1)),
				StandardCharsets.UTF_8);
		Map<String, Object> session = this.jdbc
			.queryForMap("select primary_id, principal_name from spring_session where session_id = ?", sessionId);
		assertThat(session.get("principal_name")).isEqualTo("organization-dept");
		List<Map<String, Object>> attributes = this.jdbc.queryForList(
				"select attribute_name, attribute_bytes from spring_session_attributes where session_primary_id = ?",
				session.get("primary_id"));
		assertThat(attributes).extracting((row) -> row.get("attribute_name"))
			.contains("SPRING_SECURITY_CONTEXT", "authenticatedUser");
		for (Map<String, Object> attribute : attributes) {
			try (ObjectInputStream in = new ObjectInputStream(
					new ByteArrayInputStream((byte[]) attribute.get("attribute_bytes")))) {
				assertThat(in.readObject()).as("attribute %s", attribute.get("attribute_name")).isNotNull();
			}
		}

		// the console page and the webapp, with nothing but the cookie
		assertThat(get("/inbox/done", cookie).statusCode()).isEqualTo(200);
		assertThat(get("/camunda/app/tasklist/default/", cookie).statusCode()).isEqualTo(200);
	}

	@Test
	void withoutTheCookieNothingIsServed() throws Exception {
		assertThat(get("/inbox/done", null).statusCode()).isEqualTo(302);
		assertThat(get("/camunda/api/admin/auth/user/default", null).statusCode()).isEqualTo(401);
	}

	private String login(String user) throws Exception {
		HttpResponse<String> form = get("/login", null);
		// before login the CSRF token lives in a cookie, not in a session (issue 16, W14)
		String cookie = form.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("XSRF-LOGIN="))
			.map((value) -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElseThrow();
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + encode(user) + "&password=demo&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return cookie(answer);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("JSESSIONID="))
			.map((value) -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

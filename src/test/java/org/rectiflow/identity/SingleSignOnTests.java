package org.rectiflow.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** One login for the console and the Camunda webapps, and one logout that ends both. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class SingleSignOnTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	private IdentityService identity;

	@Value("${local.server.port}")
	private int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aWebappPageWithoutLoginGoesToTheLoginPage() throws Exception {
		HttpResponse<String> page = get("/camunda/app/tasklist/default/", null);
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	@Test
	void theLoginPageIsInChinese() throws Exception {
		assertThat(get("/login", null).body()).contains("用户名", "密码", "登录");
	}

	@Test
	void oneLoginOpensTheWebappsAndLogoutClosesThem() throws Exception {
		String session = login("village-t01v01", "demo");
		assertThat(session).isNotNull();

		// as a browser does: the page first, then the webapp asks who is logged in
		assertThat(get("/camunda/app/tasklist/default/", session).statusCode()).isEqualTo(200);
		HttpResponse<String> user = get("/camunda/api/admin/auth/user/default", session);
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(user.body()).contains("\"userId\":\"village-t01v01\"")
			.contains("tasklist")
			.doesNotContain("cockpit");

		HttpResponse<String> logout = this.http
			.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
				.header("Cookie", session)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(logout.statusCode()).isEqualTo(204);
		assertThat(get("/camunda/api/admin/auth/user/default", session).statusCode()).isEqualTo(401);
		assertThat(get("/camunda/app/tasklist/default/", session).statusCode()).isEqualTo(302);
	}

	@Test
	void theInspectionOfficeGetsCockpitToo() throws Exception {
		String session = login("inspection-office", "demo");
		assertThat(get("/camunda/app/cockpit/default/", session).statusCode()).isEqualTo(200);
		assertThat(get("/camunda/api/admin/auth/user/default", session).body()).contains("cockpit", "tasklist");
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		// Camunda delays a user's next login after a wrong password: use a user no other
		// test needs.
		if (this.identity.createUserQuery().userId("sso-wrong-password-probe").count() == 0) {
			User probe = this.identity.newUser("sso-wrong-password-probe");
			probe.setPassword("right");
			this.identity.saveUser(probe);
		}
		assertThat(login("sso-wrong-password-probe", "wrong")).isNull();
	}

	/**
	 * Logs in through the login form; answers the session cookie, or null when refused.
	 */
	private String login(String user, String password) throws Exception {
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
		String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		if (answer.headers().firstValue("Location").orElse("").contains("error")) {
			return null;
		}
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

package org.rectiflow.security;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Bad input through the console's forms, as a browser sends it (session cookie, CSRF
 * token in the form): the answer is a page in Chinese, never a JSON problem or an empty
 * body, and nothing is stored. The console session's calls of the API get problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class ConsoleBadInputTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String BOUNDARY = "RectiflowBoundary7MA4YWxk";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void aModelFileOverTheUploadLimitIsAChinesePageAndDeploysNothing() throws Exception {
		Session admin = login("process-admin");
		int deployments = deployments();
		byte[] body = multipart(admin.csrf(), "huge.bpmn", new byte[21 * 1024 * 1024]);

		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(uri("/console/processes/deployments"))
			.header("Cookie", admin.cookie())
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(answer.body()).contains("上传文件过大").contains("20MB").contains("25MB");
		assertThat(deployments()).isEqualTo(deployments);
	}

	@Test
	void moreModelFilesThanOneDeploymentTakesAreRefusedByTheApplicationWithItsMessage() throws Exception {
		Session admin = login("process-admin");
		int deployments = deployments();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(
				("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + admin.csrf() + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
		for (int file = 1; file <= 61; file++) {
			body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"model-"
					+ file + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n<definitions/>\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(uri("/console/processes/deployments"))
			.header("Cookie", admin.cookie())
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());

		// Tomcat reads every part (server.tomcat.max-part-count), the application counts
		// the
		// files and says how many one deployment takes
		assertThat(answer.statusCode()).isBetween(400, 499);
		assertThat(answer.body()).contains("一次最多部署 60 个文件");
		assertThat(deployments()).isEqualTo(deployments);
	}

	@Test
	void aWrongMethodOnAConsolePageIsStillAPage() throws Exception {
		Session office = login("inspection-office");

		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(uri("/console/notifications/read-all"))
			.header("Cookie", office.cookie())
			.header("Accept", "text/html")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(405);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(answer.body()).doesNotContain("\"detail\"");
	}

	@Test
	void anApiCallOfTheConsoleSessionWithoutItsCsrfTokenIsAProblem() throws Exception {
		Session office = login("inspection-office");
		int rounds = this.jdbc.queryForObject("select count(*) from inspection_round", Integer.class);

		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(uri("/api/rounds"))
			.header("Cookie", office.cookie())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"2027 第一轮\", \"termStartYear\": 2027, "
					+ "\"termEndYear\": 2028, \"startsOn\": \"2027-03-01\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"title\":\"无权操作 / Forbidden\"").contains("CSRF 令牌");
		assertThat(this.jdbc.queryForObject("select count(*) from inspection_round", Integer.class)).isEqualTo(rounds);
	}

	private int deployments() {
		return this.jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class);
	}

	private static byte[] multipart(String csrf, String filename, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	/**
	 * Logs in through the login form, then reads the CSRF token of the console's forms.
	 */
	private Session login(String user) throws Exception {
		HttpResponse<String> form = get("/login", null);
		// before login the CSRF token lives in a cookie, not in a session (issue 16, W14)
		String cookie = cookie(form, "XSRF-LOGIN=");
		String body = "username=" + encode(user) + "&password=demo&_csrf=" + encode(csrf(form.body()));
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		String session = cookie(answer);
		HttpResponse<String> page = get("/console/processes", session);
		assertThat(page.statusCode()).isEqualTo(200);
		return new Session(session, csrf(page.body()));
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("a CSRF token in the page").isTrue();
		return csrf.group(1);
	}

	private static String cookie(HttpResponse<?> response) {
		return cookie(response, "JSESSIONID=");
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(name))
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

	private record Session(String cookie, String csrf) {

	}

}

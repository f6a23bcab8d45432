package org.rectiflow.security;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's weak points of the web doors, through real HTTP requests: W2 (only HTTP
 * Basic skips CSRF on /api), W7 (security headers, no inline script), W8 (a chunked body
 * on /e/ is counted), W13 (error messages without Java types; paging on /engine-rest) and
 * W14 (no session before login).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class WebDoorTests {

	private static final Pattern INLINE_SCRIPT = Pattern
		.compile("<script(?![^>]*\\bsrc=)(?![^>]*application/json)[^>]*>");

	@LocalServerPort
	int port;

	// W14

	@Test
	void anonymousPagesCreateNoSession() throws Exception {
		Browser browser = new Browser(this.port);
		assertThat(browser.get("/login").statusCode()).isEqualTo(200);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(browser.get("/console", "Accept", "text/html").statusCode()).isEqualTo(302);
		assertThat(browser.post("/login", "application/x-www-form-urlencoded", "username=x&password=y").statusCode())
			.isEqualTo(403);
		assertThat(browser.cookies()).doesNotContainKey("JSESSIONID");
	}

	@Test
	void theLoginStillWorksAndReturnsToThePageAskedFor() throws Exception {
		Browser browser = new Browser(this.port);
		browser.get("/inbox/done");
		HttpResponse<String> login = browser.login("village-t01v01", "demo");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/inbox/done");
		assertThat(browser.cookies()).containsKey("JSESSIONID");
		assertThat(browser.get("/inbox/done").statusCode()).isEqualTo(200);
	}

	@Test
	void aWrongPasswordCreatesNoSession() throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> login = browser.login("web-door-nobody", "wrong");
		assertThat(login.headers().firstValue("Location").orElse("")).contains("/login?error");
		assertThat(browser.cookies()).doesNotContainKey("JSESSIONID");
	}

	// W2

	@Test
	void aBearerHeaderDoesNotSkipCsrfForASession() throws Exception {
		Browser browser = new Browser(this.port);
		browser.login("inspection-office", "demo");
		HttpResponse<String> forged = browser.post("/api/tasks/web-door-no-task/return", "application/json", "{}",
				"Authorization", "Bearer x");
		assertThat(forged.statusCode()).isEqualTo(403);
		HttpResponse<String> plain = browser.post("/api/tasks/web-door-no-task/return", "application/json", "{}");
		assertThat(plain.statusCode()).isEqualTo(403);
	}

	@Test
	void withHttpBasicTheSessionIsNotUsed() throws Exception {
		Browser browser = new Browser(this.port);
		browser.login("inspection-office", "demo");
		assertThat(browser.get("/api/ledger").statusCode()).isEqualTo(200);
		assertThat(
				browser.get("/api/ledger", "Authorization", Browser.basic("inspection-office", "wrong")).statusCode())
			.isEqualTo(401);
		HttpResponse<String> basic = new Browser(this.port).post("/api/tasks/web-door-no-task/return",
				"application/json", "{}", "Authorization", Browser.basic("inspection-office", "demo"));
		assertThat(basic.statusCode()).isNotEqualTo(403).isNotEqualTo(401);
		assertThat(basic.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
	}

	// W7

	@Test
	void pagesSendAPolicyAndRunNoInlineScript() throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> login = browser.get("/login");
		String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(policy).contains("script-src 'self'", "frame-ancestors 'self'", "object-src 'none'")
			.doesNotContain("unsafe-inline' ; script", "'unsafe-eval'");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		browser.login("inspection-office", "demo");
		for (String page : new String[] { "/console", "/console/ledger", "/inbox/done", "/console/evaluations",
				"/console/processes" }) {
			HttpResponse<String> answer = browser.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(200);
			assertThat(answer.headers().allValues("Content-Security-Policy")).as(page).hasSize(1);
			Matcher inline = INLINE_SCRIPT.matcher(answer.body());
			assertThat(inline.find()).as("inline script on " + page).isFalse();
			assertThat(answer.body()).as(page).doesNotContain(" onclick=", " onsubmit=", "javascript:");
		}
		HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
		assertThat(tasklist.statusCode()).isEqualTo(200);
		assertThat(tasklist.headers().allValues("Content-Security-Policy")).hasSize(1)
			.allMatch((value) -> value.contains("nonce-"));
	}

	@Test
	void theEvaluationPagesSendNoReferrer() throws Exception {
		HttpResponse<String> page = new Browser(this.port).get("/e/thanks");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
	}

	// W8

	@Test
	void aChunkedBodyOverTheLimitIsRefused() throws Exception {
		Browser browser = new Browser(this.port);
		byte[] body = ("comment=" + "长".repeat(20_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		HttpResponse<String> answer = browser.send(browser.request("/e/s/web-door-no-code")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("提交内容过长");
	}

	@Test
	void aSmallChunkedBodyStillReachesThePage() throws Exception {
		Browser browser = new Browser(this.port);
		byte[] body = "comment=ok".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		HttpResponse<String> answer = browser.send(browser.request("/e/s/web-door-no-code")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
		// no CSRF token: refused by the page's own check, not by the size
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).doesNotContain("提交内容过长");
	}

	// W13

	@Test
	void errorsOutsideTheApiNameNoJavaTypes() throws Exception {
		Browser browser = new Browser(this.port);
		browser.login("inspection-office", "demo");
		HttpResponse<String> json = browser.get("/inbox/done?page=abc", "Accept", "application/json");
		assertThat(json.statusCode()).isEqualTo(400);
		assertThat(json.body()).contains("「page」", "'page'", "abc").doesNotContain("java.", "Failed to convert");
		HttpResponse<String> html = browser.get("/inbox/done?page=abc", "Accept", "text/html");
		assertThat(html.statusCode()).isEqualTo(400);
		assertThat(html.body()).contains("「page」").doesNotContain("java.", "Whitelabel");
		HttpResponse<String> page = browser.get("/console/evaluations/abc", "Accept", "text/html");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("格式不正确").doesNotContain("java.", "Whitelabel");
	}

	@Test
	void negativePagingOnTheEngineRestIsABadRequest() throws Exception {
		Browser browser = new Browser(this.port);
		String admin = Browser.basic("admin", "admin");
		for (String query : new String[] { "/engine-rest/task?maxResults=-1", "/engine-rest/task?firstResult=-5",
				"/engine-rest/process-instance?maxResults=abc", "/engine-rest/history/task?maxResults=-1" }) {
			HttpResponse<String> answer = browser.get(query, "Authorization", admin);
			assertThat(answer.statusCode()).as(query).isEqualTo(400);
			assertThat(answer.body()).as(query).contains("InvalidRequestException", "不小于 0");
		}
		assertThat(browser.get("/engine-rest/task?maxResults=1", "Authorization", admin).statusCode()).isEqualTo(200);
	}

}

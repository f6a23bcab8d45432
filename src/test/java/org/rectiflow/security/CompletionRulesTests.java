package org.rectiflow.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.workflow.CompletionRules;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16 B3 and W11: a village completing its 落实整改 sets only the fields of that task's
 * form. Setting {@code supervisingDeptGroup} to itself, through every door of Camunda's
 * REST APIs and the application's own rule, is a 400 naming the variable (403 for
 * process-level writes, which only an administrator makes), the variable stays the
 * department's and the task stays open; a 12 MB value is a 400; the legitimate completion
 * still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class CompletionRulesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String FIELDS = "\"implementationSummary\": {\"value\": \"合同已重新表决并公示\"}, "
			+ "\"moneyRecoveredYuan\": {\"value\": 0}, \"mattersSolved\": {\"value\": 1}";

	private static final String SELF_REVIEW = "\"supervisingDeptGroup\": {\"value\": \"village-t01v01\"}";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TaskService tasks;

	@Autowired
	private CompletionRules rules;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theVillageCannotNameItsOwnReviewerThroughAnyDoorAndItsRealCompletionWorks() throws Exception {
		VillageItem item = VillageItem.planned(this.context);
		String task = item.task("Task_Implement");
		String process = item.process();
		List<String[]> doors = List.of(
				new String[] { "POST", "/engine-rest/task/" + task + "/complete",
						"{\"variables\": {" + FIELDS + ", " + SELF_REVIEW + "}}" },
				new String[] { "POST", "/engine-rest/task/" + task + "/submit-form",
						"{\"variables\": {" + FIELDS + ", " + SELF_REVIEW + "}}" },
				new String[] { "POST", "/engine-rest/task/" + task + "/resolve",
						"{\"variables\": {" + SELF_REVIEW + "}}" },
				new String[] { "POST", "/engine-rest/task/" + task + "/variables",
						"{\"modifications\": {" + SELF_REVIEW + "}}" },
				new String[] { "POST", "/engine-rest/task/" + task + "/localVariables",
						"{\"modifications\": {" + SELF_REVIEW + "}}" },
				new String[] { "PUT", "/engine-rest/task/" + task + "/variables/supervisingDeptGroup",
						"{\"value\": \"village-t01v01\"}" },
				new String[] { "PUT", "/engine-rest/task/" + task + "/localVariables/supervisingDeptGroup",
						"{\"value\": \"village-t01v01\"}" });
		for (String[] door : doors) {
			HttpResponse<String> answer = send(door[0], door[1], door[2]);
			assertThat(answer.statusCode()).as(door[1] + " " + answer.body()).isEqualTo(400);
			assertThat(answer.body()).as(door[1]).contains("supervisingDeptGroup", "不能填写");
		}
		for (String[] door : List.of(
				new String[] { "PUT", "/engine-rest/process-instance/" + process + "/variables/supervisingDeptGroup",
						"{\"value\": \"village-t01v01\"}" },
				new String[] { "POST", "/engine-rest/process-instance/" + process + "/variables",
						"{\"modifications\": {" + SELF_REVIEW + "}}" },
				new String[] { "POST", "/engine-rest/message",
						"{\"messageName\": \"ExtensionRequested\", " + "\"processInstanceId\": \"" + process
								+ "\", \"processVariables\": {" + SELF_REVIEW + "}}" })) {
			HttpResponse<String> answer = send(door[0], door[1], door[2]);
			assertThat(answer.statusCode()).as(door[1] + " " + answer.body()).isIn(400, 403);
		}
		HttpResponse<String> webapp = sendToWebapp("/camunda/api/engine/engine/default/task/" + task + "/submit-form",
				"{\"variables\": {" + FIELDS + ", " + SELF_REVIEW + "}}");
		assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(400);
		assertThat(webapp.body()).contains("supervisingDeptGroup");
		assertThatThrownBy(() -> this.rules.check(task, Set.of("implementationSummary", "supervisingDeptGroup")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("supervisingDeptGroup");

		assertThat(item.variable("supervisingDeptGroup")).isEqualTo(VillageItem.DEPARTMENT);
		assertThat(this.tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
		assertThat(this.tasks.getVariablesLocal(task)).doesNotContainKey("supervisingDeptGroup");

		HttpResponse<String> legitimate = send("POST", "/engine-rest/task/" + task + "/complete",
				"{\"variables\": {" + FIELDS + "}}");
		// the form's own fields pass the rules and reach the application's next check
		// (no evidence uploaded in this test: 409 from the ledger, not 400 from the
		// rules)
		assertThat(legitimate.statusCode()).as(legitimate.body()).isEqualTo(409);
		assertThat(legitimate.body()).contains("佐证材料").doesNotContain("不能填写");
		assertThat(item.variable("supervisingDeptGroup")).isEqualTo(VillageItem.DEPARTMENT);
	}

	@Test
	void aTwelveMegabyteVariableIsRefusedAndNothingIsWritten() throws Exception {
		VillageItem item = VillageItem.planned(this.context);
		String task = item.task("Task_Implement");
		String huge = "x".repeat(12 * 1024 * 1024);
		HttpResponse<String> answer = send("POST", "/engine-rest/task/" + task + "/complete",
				"{\"variables\": {\"implementationSummary\": {\"value\": \"" + huge + "\"}}}");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).contains("KB");
		HttpResponse<String> oneLarge = send("PUT", "/engine-rest/task/" + task + "/variables/implementationSummary",
				"{\"value\": \"" + "x".repeat(300 * 1024) + "\"}");
		assertThat(oneLarge.statusCode()).as(oneLarge.body()).isEqualTo(400);
		assertThat(oneLarge.body()).contains("implementationSummary");
		assertThat(this.tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
		assertThat(item.variable("implementationSummary")).isNull();
	}

	private HttpResponse<String> send(String method, String path, String json) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((VillageItem.VILLAGE + ":demo").getBytes(StandardCharsets.UTF_8)))
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** As the Tasklist sends it: the console's session and the webapps' CSRF token. */
	private HttpResponse<String> sendToWebapp(String path, String json) throws Exception {
		String base = "http://localhost:" + this.port;
		HttpResponse<String> form = this.http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Cookie", cookie(form, "XSRF-LOGIN"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + VillageItem.VILLAGE + "&password=demo&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		String session = cookie(login, "JSESSIONID");
		HttpResponse<String> page = this.http
			.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/task/count"))
				.header("Cookie", session)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		String xsrf = cookie(page, "XSRF-TOKEN");
		return this.http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Cookie", session + "; " + xsrf)
			.header("X-XSRF-TOKEN", xsrf.substring(xsrf.indexOf('=') + 1))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(name + "="))
			.map((value) -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().map()));
	}

}

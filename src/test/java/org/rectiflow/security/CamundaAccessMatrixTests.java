package org.rectiflow.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectiflow.security.AccessTable.Fresh;
import org.rectiflow.security.AccessTable.Matrix;
import org.rectiflow.security.AccessTable.Verdict;
import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectiflow.security.AccessTable.ANONYMOUS;
import static org.rectiflow.security.AccessTable.CALLERS;
import static org.rectiflow.security.AccessTable.USERS;
import static org.rectiflow.security.AccessTable.password;
import static org.rectiflow.security.AccessTable.row;
import static org.rectiflow.security.AccessTable.table;
import static org.rectiflow.security.VillageItems.VILLAGE;

/**
 * The Camunda doors × every kind of caller: {@code /engine-rest} with the demo users'
 * HTTP Basic credentials (what Camunda Modeler and other programs use), and the entry
 * pages of the webapps with the console's login. The records are a task of the demo
 * village 青山村 (village-t01v01) in its real {@code rectification-item} process, and
 * test-only processes and deployments.
 * <p>
 * Verdicts as in {@link AccessMatrixTests}: deny is 401, 403, a redirect to the login
 * page or 404 for a record that exists; for a list, allowed means it shows the record.
 * Camunda's administrators ({@code camunda-admin}, the demo user {@code admin}) pass
 * every authorization check of the engine, so {@code admin} is in every row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class CamundaAccessMatrixTests {

	/**
	 * The Tasklist supervisors (DOMAIN.md "Who uses it": 巡察办, 领导小组 and 纪委监委 watch the
	 * work): they read every task and its history.
	 */
	static final Set<String> WATCHERS = Set.of("admin", "inspection-office", "leading-group", "discipline-commission");

	/**
	 * Who reads the tasks and history of a rectification item: the watchers, and the
	 * organization department, one of the four reviewers of every item (四方会审), which
	 * reads every item on the console (decision 0017); not the tasks of other processes.
	 */
	static final Set<String> ITEM_READERS = Set.of("admin", "inspection-office", "leading-group",
			"discipline-commission", "organization-dept");

	/** README: Cockpit, the process instances, is for 巡察办 and the administrators. */
	static final Set<String> COCKPIT = Set.of("admin", "inspection-office", "process-admin");

	/**
	 * Endpoint → who is allowed, from DOMAIN.md, the README and docs/process-admin.md.
	 * Rows about "the task" use village-t01v01's 认领并制定整改措施.
	 */
	static final Map<String, Set<String>> EXPECTED = table(
			// the engine's name is for users only (SecurityConfiguration guards it);
			// the models are no secret: Tasklist draws every task's diagram
			row("GET /engine-rest/engine", USERS), //
			row("GET /engine-rest/process-definition/key/{key}", USERS),

			// a village's task is its own: its candidate group works it; the
			// supervisors read it (and process administrators, to see where an
			// instance waits); another village sees nothing of it, through
			// /engine-rest or through the webapps' own door /camunda/api
			row("GET /engine-rest/task", ITEM_READERS, "process-admin", VILLAGE), //
			row("GET /engine-rest/task/{id}", ITEM_READERS, "process-admin", VILLAGE), //
			row("GET /engine-rest/task/{id}/variables", ITEM_READERS, "process-admin", VILLAGE), //
			row("GET /camunda/api/engine/engine/default/task", ITEM_READERS, "process-admin", VILLAGE), //
			row("POST /engine-rest/task/{id}/claim", "admin", VILLAGE), //
			row("POST /engine-rest/task/{id}/complete", "admin", VILLAGE),

			// process instances: read in Cockpit; the records follow their
			// processes (decision 0008), so nobody but an administrator changes a
			// running process's variables, moves it by a message, deletes it or
			// starts an item by hand (the round opens items from its findings;
			// supervisors act through the application, which records who)
			row("GET /engine-rest/process-instance", COCKPIT), //
			row("GET /engine-rest/process-instance/{id}/variables", COCKPIT), //
			row("PUT /engine-rest/process-instance/{id}/variables/{name}", "admin"), //
			row("POST /engine-rest/message", "admin"), //
			row("DELETE /engine-rest/process-instance/{id}", "admin"), //
			row("POST /engine-rest/process-definition/key/{key}/start", "admin"),

			// history: what supervisors and auditors read (DOMAIN.md "What the
			// records must keep"); a village's finished work is its 已办 page, which
			// reads history by its own id and groups, not Camunda's history API (no
			// history authorization row per task: decision 0017); deleting it is for
			// administrators only
			row("GET /engine-rest/history/task", ITEM_READERS, "process-admin"), //
			row("GET /engine-rest/history/variable-instance", ITEM_READERS, "process-admin"), //
			row("DELETE /engine-rest/history/process-instance/{id}", "admin"),

			// models: process administrators deploy (docs/process-admin.md);
			// deleting a deployment removes the rounds that run on it and their
			// history: administrators only
			row("POST /engine-rest/deployment/create", "admin", "process-admin"), //
			row("DELETE /engine-rest/deployment/{id}", "admin"),

			// identity and authorizations are kept in Camunda Admin by the
			// administrators; a user sees their own profile
			row("GET /engine-rest/authorization", "admin"), //
			row("POST /engine-rest/authorization/create", "admin"), //
			row("GET /engine-rest/user", "admin", "village-t01v02"), //
			row("POST /engine-rest/user/create", "admin"),
			// the Tasklist filter 全部可见 is for the supervisors only
			row("GET /engine-rest/filter", WATCHERS),

			// the webapps' entry pages (README): Tasklist for every user, Cockpit
			// for 巡察办, process administrators and administrators, Admin for the
			// administrators
			row("GET /camunda/app/tasklist/", USERS), //
			row("GET /camunda/app/cockpit/", COCKPIT), //
			row("GET /camunda/app/admin/", "admin"));

	// ------------------------------------------------------------------ mechanics

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String PROBE_GROUP = "am-probe-group";

	private static final String PROBE_USER = "am-probe-";

	private static final String PING = "AccessMatrixPing";

	@Value("${local.server.port}")
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	IdentityService identity;

	@Autowired
	AuthorizationService authorizations;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, String> sessions = new HashMap<>();

	private final List<Runnable> cleanUps = new ArrayList<>();

	private final List<String> probeUsers = new ArrayList<>();

	@AfterEach
	void removeWhatTheAllowedCallsMade() {
		this.cleanUps.forEach(Runnable::run);
		this.cleanUps.clear();
		this.authorizations.createAuthorizationQuery()
			.groupIdIn(PROBE_GROUP)
			.list()
			.forEach((grant) -> this.authorizations.deleteAuthorization(grant.getId()));
		this.probeUsers.stream()
			.filter((id) -> this.identity.createUserQuery().userId(id).count() > 0)
			.forEach(this.identity::deleteUser);
		this.probeUsers.clear();
	}

	@Test
	void everyCallerGetsThroughTheCamundaDoorsExactlyAsTheDomainSays() throws Exception {
		Map<String, Probe> probes = probes();
		assertThat(probes.keySet()).as("rows and requests").containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
		Matrix matrix = new Matrix("Camunda access matrix");
		for (Map.Entry<String, Set<String>> row : EXPECTED.entrySet()) {
			Probe probe = probes.get(row.getKey());
			for (String caller : CALLERS) {
				matrix.record(row.getKey(), caller, row.getValue().contains(caller), ask(probe, caller));
			}
		}
		matrix.write("camunda-access-matrix.txt");
		assertThat(matrix.cells()).isEqualTo(EXPECTED.size() * CALLERS.size());
		matrix.assertAsExpected();
	}

	/**
	 * How each row asks. {@code scoped}: 404 means "not yours"; {@code usesUp}: the
	 * record an allowed change uses up, made again for the next caller.
	 */
	private Map<String, Probe> probes() {
		VillageItems items = new VillageItems(this.context);
		long item = items.opened(null, null);
		String process = items.processOf(item);
		String task = items.task(item, "Task_PlanMeasures");
		Fresh<String> claimable = new Fresh<>(() -> items.task(items.opened(null, null), "Task_PlanMeasures"));
		Fresh<String> completable = new Fresh<>(() -> items.task(items.opened(null, null), "Task_PlanMeasures"));
		String finishingKey = deploy(endingProcess(), "am-ends");
		Fresh<String> finished = new Fresh<>(() -> this.runtime.startProcessInstanceByKey(finishingKey).getId());
		Fresh<String> deployment = new Fresh<>(() -> deploy(endingProcess(), "am-delete"));
		String waitingKey = deploy(waitingProcess(), "am-waits");
		Fresh<String> waiting = new Fresh<>(() -> this.runtime.startProcessInstanceByKey(waitingKey).getId());
		Fresh<String> pinged = new Fresh<>(() -> this.runtime.startProcessInstanceByKey(waitingKey).getId());
		String plan = """
				{"variables": {"measures": {"value": "重新公开发包鱼塘，合同提交村民代表会议表决并公示"},
				 "responsiblePerson": {"value": "李主任"}, "responsiblePhone": {"value": "13912345678"},
				 "deadline": {"value": "%s"}, "longTerm": {"value": false}}}"""
			.formatted(TestClock.today().plusDays(30));

		Map<String, Probe> p = new LinkedHashMap<>();
		p.put("GET /engine-rest/engine", get("/engine-rest/engine"));
		p.put("GET /engine-rest/process-definition/key/{key}",
				get("/engine-rest/process-definition/key/rectification-item").scoped());
		p.put("GET /engine-rest/task", get("/engine-rest/task?processInstanceId=" + process).listing(showing(task)));
		p.put("GET /engine-rest/task/{id}", get("/engine-rest/task/" + task).scoped());
		p.put("GET /engine-rest/task/{id}/variables", get("/engine-rest/task/" + task + "/variables").scoped());
		p.put("GET /camunda/api/engine/engine/default/task",
				get("/camunda/api/engine/engine/default/task?processInstanceId=" + process).listing(showing(task)));
		p.put("POST /engine-rest/task/{id}/claim",
				new Probe("POST", () -> "/engine-rest/task/" + claimable.get() + "/claim").scoped()
					.json((caller) -> "{\"userId\": \"" + caller + "\"}")
					.usesUp(claimable));
		p.put("POST /engine-rest/task/{id}/complete",
				new Probe("POST", () -> "/engine-rest/task/" + completable.get() + "/complete").scoped()
					.json((caller) -> plan)
					.usesUp(completable));

		p.put("GET /engine-rest/process-instance",
				get("/engine-rest/process-instance?processInstanceIds=" + process).listing(showing(process)));
		p.put("GET /engine-rest/process-instance/{id}/variables",
				get("/engine-rest/process-instance/" + process + "/variables").scoped());
		p.put("PUT /engine-rest/process-instance/{id}/variables/{name}",
				new Probe("PUT", () -> "/engine-rest/process-instance/" + process + "/variables/accessProbe").scoped()
					.json((caller) -> "{\"value\": \"" + caller + "\", \"type\": \"String\"}"));
		p.put("POST /engine-rest/message", new Probe("POST", () -> "/engine-rest/message").scoped()
			.json((caller) -> "{\"messageName\": \"%s\", \"processInstanceId\": \"%s\"}".formatted(PING, pinged.get()))
			.usesUp(pinged));
		p.put("DELETE /engine-rest/process-instance/{id}",
				new Probe("DELETE", () -> "/engine-rest/process-instance/" + waiting.get()).scoped().usesUp(waiting));
		p.put("POST /engine-rest/process-definition/key/{key}/start",
				new Probe("POST", () -> "/engine-rest/process-definition/key/rectification-item/start").scoped()
					.json((caller) -> """
							{"businessKey": "am-%s", "variables": {"villageGroup": {"value": "%s"},
							 "townshipGroup": {"value": "township-t01"}}}""".formatted(UUID.randomUUID(), VILLAGE))
					.afterAllow((answer) -> {
						String started = field(answer.body(), "id");
						this.cleanUps.add(() -> this.runtime.deleteProcessInstance(started, "access matrix"));
					}));

		p.put("GET /engine-rest/history/task",
				get("/engine-rest/history/task?processInstanceId=" + process).listing(showing(task)));
		p.put("GET /engine-rest/history/variable-instance",
				get("/engine-rest/history/variable-instance?processInstanceId=" + process)
					.listing(showing("\"findingText\"")));
		p.put("DELETE /engine-rest/history/process-instance/{id}",
				new Probe("DELETE", () -> "/engine-rest/history/process-instance/" + finished.get()).scoped()
					.usesUp(finished));

		p.put("POST /engine-rest/deployment/create",
				new Probe("POST", () -> "/engine-rest/deployment/create")
					.model(() -> Bpmn.convertToString(endingProcess()))
					.afterAllow((answer) -> {
						String made = field(answer.body(), "id");
						this.cleanUps.add(() -> this.repository.deleteDeployment(made, true));
					}));
		p.put("DELETE /engine-rest/deployment/{id}",
				new Probe("DELETE", () -> "/engine-rest/deployment/" + deployment.get() + "?cascade=true").scoped()
					.usesUp(deployment));

		p.put("GET /engine-rest/authorization",
				get("/engine-rest/authorization?groupIdIn=village-t01v02").listing(showing("village-t01v02")));
		p.put("POST /engine-rest/authorization/create", new Probe("POST", () -> "/engine-rest/authorization/create")
			.json((caller) -> """
					{"type": 1, "permissions": ["ACCESS"], "groupId": "%s", "resourceType": 0,
					 "resourceId": "am-%s"}""".formatted(PROBE_GROUP, UUID.randomUUID().toString().substring(0, 8))));
		p.put("GET /engine-rest/user", get("/engine-rest/user?id=village-t01v02").listing(showing("village-t01v02")));
		p.put("POST /engine-rest/user/create", new Probe("POST", () -> "/engine-rest/user/create").json((caller) -> """
				{"profile": {"id": "%s%s", "firstName": "访问", "lastName": "矩阵", "email": "probe@example.org"},
				 "credentials": {"password": "Probe-2026-matrix"}}""".formatted(PROBE_USER,
				UUID.randomUUID().toString().substring(0, 8))));
		p.put("GET /engine-rest/filter",
				get("/engine-rest/filter?resourceType=Task&name=" + URLEncoder.encode("全部可见", StandardCharsets.UTF_8))
					.listing(showing("全部可见")));

		p.put("GET /camunda/app/tasklist/", get("/camunda/app/tasklist/"));
		p.put("GET /camunda/app/cockpit/", get("/camunda/app/cockpit/"));
		p.put("GET /camunda/app/admin/", get("/camunda/app/admin/"));
		return p;
	}

	/** Asks as the caller, following redirects other than to the login page. */
	private Verdict ask(Probe probe, String caller) throws Exception {
		String path = probe.path.get();
		Answer answer = null;
		for (int hop = 0; hop < 4; hop++) {
			answer = send(probe, path, caller);
			String location = answer.location();
			if (answer.status() < 300 || answer.status() >= 400 || location == null || location.endsWith("/login")) {
				break;
			}
			path = URI.create(location).getPath();
			probe = get(path);
		}
		Verdict verdict = verdict(probe, answer);
		if (verdict.allowed()) {
			probe.allowed(answer);
		}
		return verdict;
	}

	private Answer send(Probe probe, String path, String caller) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json, text/html");
		HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
		if (probe.json != null) {
			request.header("Content-Type", "application/json");
			body = HttpRequest.BodyPublishers.ofString(probe.json.apply(caller));
		}
		if (probe.model != null) {
			String boundary = "am" + UUID.randomUUID().toString().replace("-", "");
			request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
			body = HttpRequest.BodyPublishers.ofString(multipart(boundary, probe.model.get()));
		}
		if (!caller.equals(ANONYMOUS)) {
			if (path.startsWith("/engine-rest/")) {
				request.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((caller + ":" + password(caller)).getBytes(StandardCharsets.UTF_8)));
			}
			else {
				request.header("Cookie", session(caller));
			}
		}
		HttpResponse<String> response = this.http.send(request.method(probe.method, body).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
				response.body());
	}

	private static Verdict verdict(Probe probe, Answer answer) {
		int status = answer.status();
		if (status == 401 || status == 403 || (status == 404 && probe.scoped)) {
			return Verdict.deny(status);
		}
		if (status >= 300 && status < 400) {
			return (answer.location() != null && answer.location().endsWith("/login")) ? Verdict.deny(status)
					: Verdict.wrong(status, "redirect to " + answer.location());
		}
		if (status >= 200 && status < 300) {
			return (probe.shows == null || probe.shows.test(answer.body())) ? Verdict.allow(status)
					: Verdict.deny(status);
		}
		return Verdict.wrong(status, answer.body());
	}

	/**
	 * Logs in through the console's login form, as a browser does; the session cookie.
	 */
	private String session(String caller) throws Exception {
		String known = this.sessions.get(caller);
		if (known != null) {
			return known;
		}
		HttpResponse<String> form = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + encode(caller) + "&password=" + encode(password(caller)) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> login = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Cookie", cookie(form, "XSRF-LOGIN="))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElse("")).as("login of %s", caller).doesNotContain("error");
		String session = cookie(login, "JSESSIONID=");
		this.sessions.put(caller, session);
		return session;
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(name))
			.map((value) -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String multipart(String boundary, String model) {
		String key = "am-" + UUID.randomUUID().toString().substring(0, 8);
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + key + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + key
				+ ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
	}

	/** A test-only process that ends as soon as it starts, in a new key. */
	private static org.camunda.bpm.model.bpmn.BpmnModelInstance endingProcess() {
		return Bpmn.createExecutableProcess("am-" + UUID.randomUUID().toString().substring(0, 8))
			.name("访问矩阵测试流程")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.endEvent()
			.done();
	}

	/** A test-only process that waits for the message {@link #PING}, then for a task. */
	private static org.camunda.bpm.model.bpmn.BpmnModelInstance waitingProcess() {
		return Bpmn.createExecutableProcess("am-" + UUID.randomUUID().toString().substring(0, 8))
			.name("访问矩阵测试流程")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.receiveTask()
			.message(PING)
			.userTask()
			.camundaCandidateGroups("process-admin")
			.endEvent()
			.done();
	}

	/** Deploys a model and returns what the name asks for: the deployment, or the key. */
	private String deploy(org.camunda.bpm.model.bpmn.BpmnModelInstance model, String name) {
		String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
			.iterator()
			.next()
			.getId();
		String deployment = this.repository.createDeployment()
			.name(name)
			.addModelInstance(key + ".bpmn", model)
			.deploy()
			.getId();
		this.cleanUps.add(() -> {
			if (this.repository.createDeploymentQuery().deploymentId(deployment).count() > 0) {
				this.repository.deleteDeployment(deployment, true);
			}
		});
		return name.equals("am-delete") ? deployment : key;
	}

	private String field(String body, String name) {
		try {
			return this.json.readTree(body).get(name).asText();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Predicate<String> showing(String text) {
		return (body) -> body.contains(text);
	}

	private static Probe get(String path) {
		return new Probe("GET", () -> path);
	}

	/** What the server answered. */
	record Answer(int status, String location, String body) {

	}

	/** One row's request, made anew for each caller. */
	static final class Probe {

		private final String method;

		private final Supplier<String> path;

		private java.util.function.Function<String, String> json;

		private Supplier<String> model;

		private boolean scoped;

		private Predicate<String> shows;

		private final List<Fresh<?>> usedUp = new ArrayList<>();

		private Consumer<Answer> afterAllow = (answer) -> {
		};

		Probe(String method, Supplier<String> path) {
			this.method = method;
			this.path = path;
		}

		Probe scoped() {
			this.scoped = true;
			return this;
		}

		/** A JSON body, which may name the caller. */
		Probe json(java.util.function.Function<String, String> body) {
			this.json = body;
			return this;
		}

		/** A deployment of one model, as Camunda Modeler sends it. */
		Probe model(Supplier<String> xml) {
			this.model = xml;
			return this;
		}

		/** A list: allowed when it shows the record. */
		Probe listing(Predicate<String> shows) {
			this.shows = shows;
			return this;
		}

		Probe usesUp(Fresh<?> record) {
			this.usedUp.add(record);
			return this;
		}

		Probe afterAllow(Consumer<Answer> action) {
			this.afterAllow = action;
			return this;
		}

		void allowed(Answer answer) {
			this.afterAllow.accept(answer);
			this.usedUp.forEach(Fresh::usedUp);
		}

	}

}

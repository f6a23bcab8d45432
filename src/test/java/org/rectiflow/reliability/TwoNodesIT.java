package org.rectiflow.reliability;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rectiflow.RectiflowApplication;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes (separate JVM processes, different ports, loopback only) on one
 * new PostgreSQL database: start-up once, warnings once, completions spread over both
 * nodes, four reviewers at the same instant, and a node killed with SIGKILL in the middle
 * of a load. Run by {@code ./mvnw -P reliability verify}; sizes by
 * {@code -Dreliability.items} (default 10000) and {@code -Dreliability.reviews} (default
 * 1000). Figures are printed as "RELIABILITY ..." lines and kept in
 * target/reliability/figures.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final int items = Integer.getInteger("reliability.items", 10000);

	private final int reviews = Math.min(Integer.getInteger("reliability.reviews", 1000), this.items);

	private final String server = System.getProperty("reliability.server", "jdbc:postgresql://127.0.0.1:5432/");

	private final String database = "rectiflow_reliability_" + System.currentTimeMillis();

	private final Path folder = Path.of("target", "reliability");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final List<Process> nodes = new ArrayList<>(Arrays.asList(new Process[2]));

	private final int[] ports = { 18081, 18082 };

	private JdbcTemplate jdbc;

	private final List<String> figures = new ArrayList<>();

	@BeforeAll
	void twoNodesStartTogether() throws Exception {
		Files.createDirectories(this.folder);
		admin("CREATE DATABASE " + this.database);
		this.jdbc = new JdbcTemplate(new DriverManagerDataSource(this.server + this.database, "postgres", ""));
		long started = System.nanoTime();
		startNode(0);
		startNode(1);
		waitForHealth(0);
		waitForHealth(1);
		figure("two nodes started together in %d s", (System.nanoTime() - started) / 1_000_000_000);
		assertThat(count("select count(*) from act_ru_filter")).isEqualTo(5);
		assertThat(count("select count(*) from inspected_unit")).isEqualTo(23);
		assertThat(count("select count(*) from act_re_deployment")).isOne();
		assertThat(this.jdbc.queryForList("select group_id_ from act_ru_authorization where group_id_ is not null"
				+ " group by type_, group_id_, resource_type_, resource_id_ having count(*) > 1"))
			.isEmpty();
	}

	@AfterAll
	void stopNodes() throws IOException {
		for (Process node : this.nodes) {
			if (node != null) {
				node.destroy();
			}
		}
		Files.write(this.folder.resolve("figures.txt"), this.figures, StandardCharsets.UTF_8);
	}

	@Test
	@Order(1)
	void everyWarningFiresExactlyOnceAndCompletionsAreNeitherLostNorDoubled() throws Exception {
		long started = System.nanoTime();
		startItems(1, this.items);
		waitUntil(Duration.ofMinutes(60), () -> tasks("Task_PlanMeasures") >= this.items);
		figure("%d items opened through both nodes in %d s", this.items, seconds(started));

		// the deadline is today: green (20 days before) and yellow (10 days before) are
		// due
		started = System.nanoTime();
		AtomicInteger refused = completeAll("Task_PlanMeasures", "village-t01v01", (
				id) -> "{\"variables\": {\"measures\": {\"value\": \"重新公开发包鱼塘，合同提交村民代表会议表决并公示\"}, \"responsiblePerson\": {\"value\":"
						+ " \"李主任\"}, \"responsiblePhone\": {\"value\": \"13912345678\"}, \"deadline\": {\"value\": \""
						+ LocalDate.now(CHINA) + "\"}, \"longTerm\": {\"value\": false}}}");
		assertThat(refused).hasValue(0);
		figure("%d plans completed via REST, alternating nodes, in %d s; refused or failed: %d", this.items,
				seconds(started), refused.get());
		waitUntil(Duration.ofMinutes(60), () -> fired("ServiceTask_YellowWarningLetter") >= this.items
				&& fired("ServiceTask_GreenWarningLetter") >= this.items);
		Thread.sleep(10_000);
		assertThat(this.jdbc.queryForList("select proc_inst_id_ from act_hi_actinst where act_id_ in"
				+ " ('ServiceTask_GreenWarningLetter', 'ServiceTask_YellowWarningLetter')"
				+ " group by proc_inst_id_, act_id_ having count(*) <> 1"))
			.isEmpty();
		assertThat(count(
				"select count(*) from act_hi_actinst where act_id_ = 'Task_PlanMeasures' and end_time_ is not null"))
			.as("plan tasks completed once each")
			.isEqualTo(this.items);
		assertThat(count("select count(*) from rectification_item where state = 'RECTIFYING'")).isEqualTo(this.items);
		assertThat(count("select count(*) from act_ru_incident")).isZero();
		figure("%d green and %d yellow warnings fired, each exactly once per item; 0 incidents",
				fired("ServiceTask_GreenWarningLetter"), fired("ServiceTask_YellowWarningLetter"));
	}

	@Test
	@Order(2)
	void fourReviewersAtTheSameInstantAllCount() throws Exception {
		List<String> processes = this.jdbc.queryForList("select proc_inst_id_ from act_ru_task where task_def_key_ ="
				+ " 'Task_Implement' order by proc_inst_id_ limit " + this.reviews, String.class);
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (String process : processes) {
			pool.submit(() -> complete(taskOf(process, "Task_Implement"), "village-t01v01",
					"{\"variables\": {\"implementationSummary\": {\"value\": \"已整改\"}, \"evidenceUploaded\": {\"value\": true}}}",
					refused));
		}
		pool.shutdown();
		pool.awaitTermination(60, TimeUnit.MINUTES);
		assertThat(refused).hasValue(0);
		long started = System.nanoTime();
		String[][] parties = { { "Office", "inspection-office", "office" },
				{ "Discipline", "discipline-commission", "discipline" },
				{ "Organization", "organization-dept", "organization" },
				{ "Department", "dept-agriculture", "department" } };
		Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
		ExecutorService reviewers = Executors.newFixedThreadPool(4);
		for (String process : processes) {
			CyclicBarrier instant = new CyclicBarrier(4);
			List<Future<?>> votes = new ArrayList<>();
			for (int party = 0; party < 4; party++) {
				String[] who = parties[party];
				int node = party % 2;
				votes.add(reviewers.submit(() -> {
					String task = taskOf(process, "Task_Review" + who[0]);
					instant.await();
					int status = post(node, "/engine-rest/task/" + task + "/complete", who[1],
							"{\"variables\": {\"" + who[2] + "ReviewDecision\": {\"value\": \"APPROVE\"}}}");
					answers.computeIfAbsent(String.valueOf(status), (key) -> new AtomicInteger()).incrementAndGet();
					return null;
				}));
			}
			for (Future<?> vote : votes) {
				vote.get();
			}
		}
		reviewers.shutdown();
		figure("%d items × 4 reviewers at the same instant in %d s; answers %s", processes.size(), seconds(started),
				answers);
		assertThat(answers.keySet()).as("every vote answered 204: no OptimisticLockingException").containsOnly("204");
		waitUntil(Duration.ofMinutes(30),
				() -> count("select count(*) from rectification_item where state = 'SIGNED_OFF'") >= processes.size());
		assertThat(count("select count(*) from rectification_vote")).isEqualTo(4L * processes.size());
		assertThat(count("select count(*) from act_ru_incident")).isZero();
		figure("%d items signed off, %d votes recorded, 0 incidents", processes.size(),
				count("select count(*) from rectification_vote"));
	}

	@Test
	@Order(3)
	void aNodeKilledInTheMiddleOfALoadLosesNothing() throws Exception {
		int first = this.items + 1;
		long before = count("select count(*) from rectification_item");
		Thread loader = new Thread(() -> startItems(first, this.items));
		loader.start();
		waitUntil(Duration.ofMinutes(30),
				() -> count("select count(*) from rectification_item") - before >= this.items / 2);
		this.nodes.get(1).destroyForcibly().waitFor();
		figure("node 2 killed (SIGKILL) after %d of %d new items",
				count("select count(*) from rectification_item") - before, this.items);
		startNode(1);
		waitForHealth(1);
		loader.join();
		waitUntil(Duration.ofMinutes(60),
				() -> count("select count(*) from rectification_item") - before >= this.items);
		Thread.sleep(10_000);
		assertThat(count("select count(*) from rectification_item") - before).isEqualTo(this.items);
		assertThat(this.jdbc
			.queryForList("select business_key_ from act_hi_procinst group by business_key_ having count(*) > 1"))
			.isEmpty();
		assertThat(count("select count(*) from act_ru_execution where parent_id_ is null and business_key_ is not null")
				- count("select count(*) from rectification_item where state <> 'SIGNED_OFF'"))
			.as("every running process has its item and no item lacks its process")
			.isZero();
		assertThat(count("select count(*) from act_ru_incident")).isZero();
		figure("after the kill and restart: %d new items, 0 lost, 0 duplicated, 0 incidents", this.items);
	}

	private void startItems(int from, int howMany) {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		AtomicInteger refused = new AtomicInteger();
		for (int i = from; i < from + howMany; i++) {
			long findingId = 50_000_000L + i;
			int node = i % 2;
			pool.submit(() -> {
				String body = "{\"businessKey\": \"" + findingId + "\", \"variables\": {\"findingId\": {\"value\": "
						+ findingId + ", \"type\": \"Long\"}, \"findingText\": {\"value\": \"负载测试问题 " + findingId
						+ "\"}, \"findingCategory\": {\"value\": \"COLLECTIVE_ASSETS\"}, \"supervisingDeptGroup\":"
						+ " {\"value\": \"dept-agriculture\"}, \"unitCode\": {\"value\": \"T01V01\"},"
						+ " \"inspectionRecordId\": {\"value\": 1, \"type\": \"Long\"}}}";
				for (int attempt = 0; attempt < 30; attempt++) {
					int to = (node + attempt) % 2;
					try {
						if (post(to, "/engine-rest/process-definition/key/rectification-item/start", "admin",
								body) == 200) {
							return;
						}
					}
					catch (Exception ex) {
						// the node went down: the answer may be lost after the start
						// committed
					}
					if (count("select count(*) from act_hi_procinst where business_key_ = '" + findingId + "'") > 0) {
						return;
					}
					try {
						Thread.sleep(1000);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
				refused.incrementAndGet();
			});
		}
		pool.shutdown();
		try {
			pool.awaitTermination(2, TimeUnit.HOURS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private AtomicInteger completeAll(String taskKey, String user, java.util.function.Function<String, String> body)
			throws InterruptedException {
		List<String> ids = this.jdbc.queryForList("select id_ from act_ru_task where task_def_key_ = ?", String.class,
				taskKey);
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (String id : ids) {
			pool.submit(() -> complete(id, user, body.apply(id), refused));
		}
		pool.shutdown();
		pool.awaitTermination(2, TimeUnit.HOURS);
		return refused;
	}

	private void complete(String taskId, String user, String body, AtomicInteger refused) {
		int node = Math.abs(taskId.hashCode()) % 2;
		try {
			if (post(node, "/engine-rest/task/" + taskId + "/complete", user, body) != 204) {
				refused.incrementAndGet();
			}
		}
		catch (Exception ex) {
			refused.incrementAndGet();
		}
	}

	private String taskOf(String process, String key) {
		return this.jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?",
				String.class, process, key);
	}

	private long tasks(String key) {
		return count("select count(*) from act_ru_task where task_def_key_ = '" + key + "'");
	}

	private long fired(String activity) {
		return count("select count(*) from act_hi_actinst where act_id_ = '" + activity + "'");
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private int post(int node, String path, String user, String json) throws IOException, InterruptedException {
		String password = user.equals("admin") ? "admin" : "demo";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.ports[node] + path))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() >= 300) {
			Files.writeString(this.folder.resolve("refusals.log"),
					answer.statusCode() + " " + path + " " + answer.body() + "\n", StandardCharsets.UTF_8,
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		}
		return answer.statusCode();
	}

	private void startNode(int index) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// the application's classes and dependencies, without the tests' classes
		String classpath = Arrays
			.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
				.split(File.pathSeparator))
			.filter((entry) -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-cp", classpath,
				RectiflowApplication.class.getName(), "--server.address=127.0.0.1",
				"--server.port=" + this.ports[index], "--spring.profiles.active=demo,cluster",
				"--spring.datasource.url=" + this.server + this.database, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--spring.datasource.hikari.maximum-pool-size=20",
				"--camunda.bpm.webapp.enabled=false", "--spring.application.name=node-" + (index + 1)));
		File log = this.folder.resolve("node-" + (index + 1) + ".log").toFile();
		this.nodes.set(index,
				new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(log))
					.start());
	}

	private void waitForHealth(int index) throws Exception {
		waitUntil(Duration.ofMinutes(15), () -> {
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.ports[index] + "/actuator/health"))
							.build(),
						HttpResponse.BodyHandlers.ofString());
				return health.statusCode() == 200;
			}
			catch (Exception ex) {
				assertThat(this.nodes.get(index).isAlive()).as("node %d is running", index + 1).isTrue();
				return false;
			}
		});
	}

	private static void waitUntil(Duration limit, BooleanSupplier done) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		while (!done.getAsBoolean()) {
			assertThat(System.nanoTime()).as("still waiting after %s", limit).isLessThan(end);
			Thread.sleep(2000);
		}
	}

	private void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.server + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static long seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000_000;
	}

	private void figure(String format, Object... args) {
		String line = String.format(format, args);
		this.figures.add(line);
		System.out.println("RELIABILITY " + line);
	}

}

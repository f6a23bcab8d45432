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
		assertThat(count("select count(*) from rectification_item")).isZero();
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

		// half the items are due today (green and yellow are due: only the yellow 提示函
		// is sent), half in 15 days (only green is due): the timers of all 10,000 items
		// are due at once and both nodes' job executors race for them
		LocalDate today = LocalDate.now(CHINA);
		started = System.nanoTime();
		AtomicInteger refused = completeAll("Task_PlanMeasures", "village-t01v01",
				(index, id) -> "{\"variables\": {\"measures\": {\"value\": \"重新公开发包鱼塘，合同提交村民代表会议表决并公示\"},"
						+ " \"responsiblePerson\": {\"value\": \"李主任\"}, \"responsiblePhone\": {\"value\": \"13912345678\"},"
						+ " \"deadline\": {\"value\": \"" + ((index % 2 == 0) ? today : today.plusDays(15))
						+ "\"}, \"longTerm\": {\"value\": false}}}");
		assertThat(refused).hasValue(0);
		figure("%d plans completed via REST, alternating nodes, in %d s; refused or failed: %d", this.items,
				seconds(started), refused.get());
		long dueToday = (this.items + 1) / 2;
		waitUntil(Duration.ofMinutes(60), () -> fired("ServiceTask_GreenWarningLetter") >= this.items
				&& fired("ServiceTask_YellowWarningLetter") >= dueToday);
		figure("every due warning ran %d s after the plans: %d green, %d yellow", seconds(started),
				fired("ServiceTask_GreenWarningLetter"), fired("ServiceTask_YellowWarningLetter"));
		Thread.sleep(10_000);
		assertThat(this.jdbc.queryForList("select proc_inst_id_ from act_hi_actinst where act_id_ in"
				+ " ('ServiceTask_GreenWarningLetter', 'ServiceTask_YellowWarningLetter')"
				+ " group by proc_inst_id_, act_id_ having count(*) <> 1"))
			.isEmpty();
		assertThat(fired("ServiceTask_GreenWarningLetter")).isEqualTo(this.items);
		assertThat(fired("ServiceTask_YellowWarningLetter")).isEqualTo(dueToday);
		assertThat(count(
				"select count(*) from act_hi_actinst where act_id_ = 'Task_PlanMeasures' and end_time_ is not null"))
			.as("plan tasks completed once each")
			.isEqualTo(this.items);
		assertThat(count("select count(*) from rectification_item where state = 'IN_PROGRESS'")).isEqualTo(this.items);
		assertThat(count("select count(*) from act_ru_incident")).isZero();

		// one 提示函 per item: yellow for those due today, green for the others
		assertThat(this.jdbc.queryForList(
				"select subject_id from supervision_letter" + " group by subject_type, subject_id having count(*) > 1"))
			.as("no item has two letters")
			.isEmpty();
		long yellow = count(
				"select count(*) from supervision_letter where kind = 'REMINDER' and trigger_name = 'YELLOW'");
		long green = count(
				"select count(*) from supervision_letter where kind = 'REMINDER' and trigger_name = 'GREEN'");
		assertThat(yellow).isEqualTo(dueToday);
		assertThat(green).isEqualTo(this.items - dueToday);
		assertLetterNumbersGapFree();
		long notifications = assertOneNotificationPerLetter();
		long recipients = count("select count(*) from notification_recipient");
		assertThat(recipients).as("green: the village; yellow: the village and its township")
			.isEqualTo(green + 2 * yellow);
		figure("%d green and %d yellow warnings fired, each exactly once per item; %d yellow and %d green 提示函,"
				+ " one per item, numbers gap-free; %d notifications to %d recipients, one per letter and group;"
				+ " 0 incidents; OptimisticLockingException lines in the node logs so far: %d",
				fired("ServiceTask_GreenWarningLetter"), fired("ServiceTask_YellowWarningLetter"), yellow, green,
				notifications, recipients, optimisticLockLines());
	}

	@Test
	@Order(2)
	void fourReviewersAtTheSameInstantAllCount() throws Exception {
		List<String> processes = this.jdbc.queryForList("select proc_inst_id_ from act_ru_task where task_def_key_ ="
				+ " 'Task_Implement' order by proc_inst_id_ limit " + this.reviews, String.class);
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (String process : processes) {
			pool.submit(() -> uploadEvidenceAndComplete(process, refused));
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
		long optimisticLocksBefore = optimisticLockLines();
		List<Long> spreads = new ArrayList<>();
		ExecutorService reviewers = Executors.newFixedThreadPool(4);
		for (String process : processes) {
			CyclicBarrier instant = new CyclicBarrier(4);
			long[] sentAt = new long[4];
			List<Future<?>> votes = new ArrayList<>();
			for (int party = 0; party < 4; party++) {
				String[] who = parties[party];
				int node = party % 2;
				int slot = party;
				votes.add(reviewers.submit(() -> {
					String task = taskOf(process, "Task_Review" + who[0]);
					instant.await();
					sentAt[slot] = System.nanoTime();
					int status = post(node, "/engine-rest/task/" + task + "/complete", who[1],
							"{\"variables\": {\"" + who[2] + "ReviewDecision\": {\"value\": \"APPROVE\"}}}");
					answers.computeIfAbsent(String.valueOf(status), (key) -> new AtomicInteger()).incrementAndGet();
					return null;
				}));
			}
			for (Future<?> vote : votes) {
				vote.get();
			}
			spreads.add(Arrays.stream(sentAt).max().getAsLong() - Arrays.stream(sentAt).min().getAsLong());
		}
		reviewers.shutdown();
		spreads.sort(null);
		figure("%d items × 4 reviewers at the same instant (median spread of the four requests %.1f ms, p95 %.1f"
				+ " ms) in %d s; answers %s", processes.size(), spreads.get(spreads.size() / 2) / 1e6,
				spreads.get(spreads.size() * 95 / 100) / 1e6, seconds(started), answers);
		assertThat(answers.keySet()).as("every vote answered 204: no OptimisticLockingException").containsOnly("204");
		waitUntil(Duration.ofMinutes(30),
				() -> count("select count(*) from rectification_item where state = 'SIGNED_OFF'") >= processes.size());
		assertThat(count("select count(*) from rectification_vote")).isEqualTo(4L * processes.size());
		assertThat(count("select count(*) from act_ru_incident")).isZero();
		assertThat(
				this.jdbc.queryForList("select item_id from rectification_vote group by item_id having count(*) <> 4"))
			.as("four votes per item")
			.isEmpty();
		figure("%d items signed off, %d votes recorded, 0 incidents; OptimisticLockingException lines in the node"
				+ " logs during the reviews (retried jobs of the join, never an answer): %d", processes.size(),
				count("select count(*) from rectification_vote"), optimisticLockLines() - optimisticLocksBefore);
	}

	@Test
	@Order(3)
	void aNodeKilledInTheMiddleOfALoadLosesNothing() throws Exception {
		int first = this.items + 1;
		long before = count("select count(*) from rectification_item");
		long started = System.nanoTime();
		StartFigures load = new StartFigures();
		Thread loader = new Thread(() -> startItems(first, this.items, load));
		loader.start();
		waitUntil(Duration.ofMinutes(30),
				() -> count("select count(*) from rectification_item") - before >= this.items / 2);
		this.nodes.get(1).destroyForcibly().waitFor();
		long lockedAtKill = count("select count(*) from act_ru_job where lock_owner_ is not null");
		figure("node 2 killed (SIGKILL) %d s into the load, after %d of %d new items; jobs locked at that moment"
				+ " (both nodes): %d", seconds(started), count("select count(*) from rectification_item") - before,
				this.items, lockedAtKill);
		long restart = System.nanoTime();
		startNode(1);
		waitForHealth(1);
		figure("node 2 restarted and healthy in %d s", seconds(restart));
		loader.join();
		waitUntil(Duration.ofMinutes(60), () -> count("select count(*) from rectification_item") - before >= this.items
				&& count("select count(*) from act_ru_job where lock_owner_ is not null") == 0);
		Thread.sleep(10_000);
		assertThat(load.failed).as("starts that never got through").hasValue(0);
		assertThat(count("select count(*) from rectification_item") - before).isEqualTo(this.items);
		assertThat(this.jdbc
			.queryForList("select business_key_ from act_hi_procinst group by business_key_ having count(*) > 1"))
			.isEmpty();
		assertThat(this.jdbc.queryForList("select i.id from rectification_item i left join act_hi_procinst p"
				+ " on p.business_key_ = cast(i.id as varchar) and p.proc_def_key_ = 'rectification-item'"
				+ " group by i.id having count(p.id_) <> 1"))
			.as("every item (its id is the finding's) has exactly one process")
			.isEmpty();
		assertThat(count("select count(*) from act_ru_execution where parent_id_ is null and business_key_ is not null")
				- count("select count(*) from rectification_item where state <> 'SIGNED_OFF'"))
			.as("every running process has its item and no item lacks its process")
			.isZero();
		assertThat(count("select count(*) from act_ru_incident")).isZero();
		assertLetterNumbersGapFree();
		assertOneNotificationPerLetter();
		figure("after the kill and restart, %d s in all: %d new items (%d in all, each with its process), 0 lost,"
				+ " 0 duplicated; starts without an answer retried on the other node: %d (of which had committed:"
				+ " %d); jobs that failed once and were retried (job log): %d; 0 incidents; %d letters, numbers gap-free",
				seconds(started), this.items, count("select count(*) from rectification_item"), load.retried.get(),
				load.committed.get(), count("select count(distinct job_id_) from act_hi_job_log where job_state_ = 1"),
				count("select count(*) from supervision_letter"));
	}

	/**
	 * What a load of starts met: answers lost, and whether those starts had committed.
	 */
	private static final class StartFigures {

		final AtomicInteger retried = new AtomicInteger();

		final AtomicInteger committed = new AtomicInteger();

		final AtomicInteger failed = new AtomicInteger();

	}

	private void startItems(int from, int howMany) {
		StartFigures figures = new StartFigures();
		startItems(from, howMany, figures);
		assertThat(figures.failed).as("starts that never got through").hasValue(0);
	}

	private void startItems(int from, int howMany, StartFigures figures) {
		ExecutorService pool = Executors.newFixedThreadPool(8);
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
						if (attempt == 0) {
							figures.retried.incrementAndGet();
						}
					}
					// look before starting again
					if (count("select count(*) from act_hi_procinst where business_key_ = '" + findingId + "'") > 0) {
						figures.committed.incrementAndGet();
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
				figures.failed.incrementAndGet();
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

	private AtomicInteger completeAll(String taskKey, String user,
			java.util.function.BiFunction<Integer, String, String> body) throws InterruptedException {
		List<String> ids = this.jdbc.queryForList(
				"select id_ from act_ru_task where task_def_key_ = ? order by proc_inst_id_", String.class, taskKey);
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (int index = 0; index < ids.size(); index++) {
			String id = ids.get(index);
			String json = body.apply(index, id);
			pool.submit(() -> complete(id, user, json, refused));
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

	/**
	 * 落实整改 as the village does it: the evidence (a photo or PDF) through the ledger's
	 * upload, then the task, on the node the task's id picks.
	 */
	private void uploadEvidenceAndComplete(String process, AtomicInteger refused) {
		long item = count("select id from rectification_item where process_instance_id = '" + process + "'");
		String boundary = "rectiflow" + item;
		byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		String head = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"evidence.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), pdf,
				("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		try {
			HttpResponse<String> answer = this.http.send(HttpRequest
				.newBuilder(URI.create(
						"http://127.0.0.1:" + this.ports[(int) (item % 2)] + "/api/ledger/" + item + "/attachments"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Authorization", basic("village-t01v01"))
				.timeout(Duration.ofMinutes(2))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 201 && answer.statusCode() != 200) {
				refusal(answer.statusCode() + " upload " + item + " " + answer.body());
				refused.incrementAndGet();
				return;
			}
		}
		catch (Exception ex) {
			refused.incrementAndGet();
			return;
		}
		complete(taskOf(process, "Task_Implement"), "village-t01v01",
				"{\"variables\": {\"implementationSummary\": {\"value\": \"已整改，鱼塘重新公开发包，合同已公示\"}, \"mattersSolved\": {\"value\": 1, \"type\": \"Integer\"}}}",
				refused);
	}

	private static byte[] concat(byte[]... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static String basic(String user) {
		String password = user.equals("admin") ? "admin" : "demo";
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** A refused request, for target/reliability/refusals.log. */
	private void refusal(String line) throws IOException {
		Files.writeString(this.folder.resolve("refusals.log"), line + "\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
	}

	/** Letter numbers (第 N 号) of each kind and year: unique and without a gap. */
	private void assertLetterNumbersGapFree() {
		for (Map<String, Object> numbers : this.jdbc.queryForList("select kind, letter_year, count(*) as letters,"
				+ " count(distinct serial_no) as numbers, min(serial_no) as first, max(serial_no) as last"
				+ " from supervision_letter group by kind, letter_year")) {
			long letters = ((Number) numbers.get("letters")).longValue();
			assertThat(((Number) numbers.get("numbers")).longValue()).as("unique numbers %s", numbers)
				.isEqualTo(letters);
			assertThat(((Number) numbers.get("last")).longValue() - ((Number) numbers.get("first")).longValue() + 1)
				.as("no gap %s", numbers)
				.isEqualTo(letters);
		}
	}

	/** Every letter has exactly one notification, and no group is a recipient twice. */
	private long assertOneNotificationPerLetter() {
		assertThat(this.jdbc.queryForList("select reference from notification where reference like 'letter:%'"
				+ " group by reference having count(*) > 1"))
			.isEmpty();
		long notifications = count("select count(*) from notification where reference like 'letter:%'");
		assertThat(notifications).isEqualTo(count("select count(*) from supervision_letter"));
		assertThat(this.jdbc.queryForList("select notification_id from notification_recipient"
				+ " group by notification_id, group_id having count(*) > 1"))
			.isEmpty();
		return notifications;
	}

	/** Lines of both nodes' logs naming an OptimisticLockingException (job retries). */
	private long optimisticLockLines() throws IOException {
		long lines = 0;
		for (int node = 1; node <= 2; node++) {
			try (var log = Files.lines(this.folder.resolve("node-" + node + ".log"), StandardCharsets.UTF_8)) {
				lines += log.filter((line) -> line.contains("OptimisticLockingException")).count();
			}
		}
		return lines;
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
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.ports[node] + path))
			.header("Content-Type", "application/json")
			.header("Authorization", basic(user))
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() >= 300) {
			refusal(answer.statusCode() + " " + path + " " + answer.body());
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
				"--camunda.bpm.webapp.enabled=false", "--spring.application.name=node-" + (index + 1),
				// the demo county without the console's demo items: every item, letter
				// and
				// notification in the database is the run's
				"--rectiflow.demo.scenario.enabled=false"));
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

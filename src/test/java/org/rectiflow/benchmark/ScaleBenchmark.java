package org.rectiflow.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures 4 and 5 of docs/benchmarks.md: the application at municipal scale. Loads
 * {@code bench.scale} items with {@link ScaleGenerator} into a database of its own
 * ({@code rf_scale_<N>}, kept between runs: a second run at the same size measures again
 * without loading; {@code -Dbench.fresh=true} loads anew), runs the overdue sweep with
 * the job executor, then times the pages users open through HTTP on the running
 * application (heap limited by the profile's {@code -Xmx}), and replays the slowest SQL
 * under {@code EXPLAIN ANALYZE}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.username=postgres", "spring.datasource.password=",
				"camunda.bpm.webapp.enabled=false", "management.endpoints.web.exposure.include=health,info,metrics",
				// as in production (the test profile turns the dashboard's trend cache
				// off)
				"rectiflow.console.trend-cache=PT5M" })
@ActiveProfiles({ "demo", "test" })
@Import(StatementCounter.Wiring.class)
class ScaleBenchmark {

	static boolean loaded;

	static String database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = "rf_scale_" + Bench.integer("bench.scale", 10_000);
		loaded = Bench.exists(database) && !Boolean.parseBoolean(Bench.string("bench.fresh", "false"));
		if (!loaded) {
			Bench.recreate(database);
		}
		registry.add("spring.datasource.url", () -> Bench.jdbcUrl(database));
	}

	@LocalServerPort
	private int port;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private ManagementService management;

	@Autowired
	private ProcessEngineConfigurationImpl engine;

	@Autowired
	private PlatformTransactionManager transactions;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void municipalScale() throws Exception {
		int scale = Bench.integer("bench.scale", 10_000);
		int samples = Bench.integer("bench.samples", 40);
		StringBuilder out = new StringBuilder(Bench.header("Scale: " + scale + " items (measures 4 and 5)"));
		ScaleGenerator generator = new ScaleGenerator(this.dataSource, this.runtime, this.repository,
				this.transactions);
		if (!loaded) {
			long start = System.nanoTime();
			generator.load(scale, 2);
			generator.report.put("load: total (s)",
					String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
			out.append("Loaded this run:\n\n");
			generator.report.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v).append('\n'));
			out.append('\n');
			out.append(sweep());
			// the sweep changed every open item; autovacuum (scale factor 0.2) would now
			// clean the tables before the next morning's users
			long vacuum = System.nanoTime();
			generator.execute("vacuum analyze");
			out.append(
					String.format(Locale.ROOT, "Vacuum and analyze after the sweep (as autovacuum would): %.1f s.%n%n",
							(System.nanoTime() - vacuum) / 1e9));
		}
		else {
			out.append("Data loaded by an earlier run (database ").append(database).append(").\n\n");
		}
		out.append(counts());

		List<Long> items = sampleItems();
		String departmentFilter = filterId("本部门待办");
		Map<String, IntFunction<String>> pages = new LinkedHashMap<>();
		pages.put("ledger, first page, no filter (inspection-office)", (i) -> "/api/ledger?page=0&size=20");
		pages.put("ledger, state=IN_PROGRESS & colour=RED (inspection-office)",
				(i) -> "/api/ledger?state=IN_PROGRESS&colour=RED&page=0&size=20");
		pages.put("ledger, township=M0xx & overdue=true (inspection-office)",
				(i) -> "/api/ledger?township=M" + String.format(Locale.ROOT, "%03d", 1 + i % 450) + "&overdue=true");
		pages.put("ledger, department's open items (dept-agriculture)",
				(i) -> "dept-agriculture:/api/ledger?department=dept-agriculture&state=UNDER_REVIEW&state=IN_PROGRESS");
		pages.put("ledger, full text q=表决 (inspection-office)", (i) -> "/api/ledger?q=" + urlEncode("表决"));
		pages.put("dashboard: /api/ledger/statistics (inspection-office)", (i) -> "/api/ledger/statistics");
		pages.put("inbox: /engine-rest/task candidateGroup=inspection-office, by due date, 15",
				(i) -> "/engine-rest/task?candidateGroup=inspection-office&sortBy=dueDate&sortOrder=asc&maxResults=15");
		pages.put("inbox: /engine-rest/task candidateGroup=dept-agriculture, by due date, 15", (
				i) -> "dept-agriculture:/engine-rest/task?candidateGroup=dept-agriculture&sortBy=dueDate&sortOrder=asc&maxResults=15");
		pages.put("inbox: /engine-rest/task candidateGroup=organization-dept, by due date, 15", (
				i) -> "organization-dept:/engine-rest/task?candidateGroup=organization-dept&sortBy=dueDate&sortOrder=asc&maxResults=15");
		pages.put("inbox: Tasklist filter 本部门待办, first 15 (dept-agriculture)",
				(i) -> "dept-agriculture:/engine-rest/filter/" + departmentFilter
						+ "/list?firstResult=0&maxResults=15");
		pages.put("workbench: 本部门待办 /workbench?list=group, by deadline (inspection-office)",
				(i) -> "/workbench?list=group");
		pages.put("workbench: 已超期 /workbench?list=overdue (inspection-office)", (i) -> "/workbench?list=overdue");
		pages.put("workbench: search q=表决 & colour=RED (inspection-office)",
				(i) -> "/workbench?list=group&colour=RED&q=" + urlEncode("表决"));
		pages.put("workbench: menu badge /workbench/count (inspection-office)", (i) -> "/workbench/count");
		pages.put("workbench: 本部门待办 (dept-agriculture)", (i) -> "dept-agriculture:/workbench?list=group");
		pages.put("item page: /api/ledger/{id} + /timeline (inspection-office)", (i) -> "/api/ledger/"
				+ items.get(i % items.size()) + "|/api/ledger/" + items.get(i % items.size()) + "/timeline");
		pages.put("console: 驾驶舱 /console (inspection-office)", (i) -> "/console");
		pages.put("console: 整改台账 /console/ledger, RED in progress (inspection-office)",
				(i) -> "/console/ledger?state=IN_PROGRESS&colour=RED");
		pages.put("console: 整改台账 /console/ledger, own items (dept-agriculture)",
				(i) -> "dept-agriculture:/console/ledger?department=dept-agriculture");
		pages.put("console: item page /console/items/{id} (inspection-office)",
				(i) -> "/console/items/" + items.get(i % items.size()));

		StatementCounter.INSTANCE.watchAll(true);
		out.append("Latency over HTTP on the running application (")
			.append(samples)
			.append(" samples each after 5 warm-up requests, one at a time; /engine-rest with HTTP Basic as "
					+ "Camunda Modeler and REST clients call it, the application's pages and API with the session "
					+ "of a form login as the browser has it; ms):\n\n")
			.append("| request | p50 | p95 | max |\n|---|---:|---:|---:|\n");
		for (Map.Entry<String, IntFunction<String>> page : pages.entrySet()) {
			for (int i = 0; i < 5; i++) {
				time(page.getValue().apply(1000 + i));
			}
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < samples; i++) {
				times.add(time(page.getValue().apply(i)));
			}
			out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", page.getKey(),
					Bench.percentile(times, 50), Bench.percentile(times, 95), Bench.percentile(times, 100)));
		}
		StatementCounter.INSTANCE.watchAll(false);
		out.append('\n').append(heap()).append(explainSlowest(6));
		Bench.write("scale-" + scale, out.toString());
	}

	/**
	 * Runs the due timer jobs with the engine's job executor; returns a report. The first
	 * {@code bench.sweepSample} jobs run one at a time on this thread with their
	 * statements counted, to show what one warning costs.
	 */
	private String sweep() throws InterruptedException {
		long due = this.management.createJobQuery().timers().executable().count();
		StringBuilder out = new StringBuilder();
		int sampleSize = Bench.integer("bench.sweepSample", 100);
		List<String> sample = this.management.createJobQuery()
			.timers()
			.executable()
			.listPage(0, sampleSize)
			.stream()
			.map(org.camunda.bpm.engine.runtime.Job::getId)
			.toList();
		long sampleStart = System.nanoTime();
		for (String job : sample) {
			StatementCounter.INSTANCE.during("sweep", "timer job", () -> this.management.executeJob(job));
		}
		double sampleMillis = (System.nanoTime() - sampleStart) / 1e6;
		if (!sample.isEmpty()) {
			out.append(String.format(Locale.ROOT,
					"One warning timer job, run one at a time on one thread (%d jobs): %.1f ms each; statements per "
							+ "job: %s.%n%n| per job | SQL |%n|---:|---|%n",
					sample.size(), sampleMillis / sample.size(),
					perJob(StatementCounter.INSTANCE.steps("sweep").getOrDefault("timer job", Map.of()),
							sample.size())));
			StatementCounter.INSTANCE.statements("sweep")
				.entrySet()
				.stream()
				.sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
				.limit(15)
				.forEach((row) -> out.append(String.format(Locale.ROOT, "| %.2f | `%s` |%n",
						row.getValue() / (double) sample.size(), row.getKey().replace("|", "\\|"))));
			out.append('\n');
		}
		long left = this.management.createJobQuery().timers().executable().count();
		JobExecutor executor = this.engine.getJobExecutor();
		long start = System.nanoTime();
		executor.start();
		long atStart = left;
		long deadline = System.nanoTime() + Duration.ofMinutes(Bench.integer("bench.sweepMinutes", 20)).toNanos();
		try {
			while (left > 0 && System.nanoTime() < deadline) {
				Thread.sleep(1000);
				left = this.management.createJobQuery().timers().executable().count();
			}
		}
		finally {
			executor.shutdown();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long failed = this.management.createJobQuery().withException().count();
		out.append(String.format(Locale.ROOT,
				"Overdue sweep: %d due warning timers (the backlog the generator left: every open item's timers "
						+ "that are past due); after the %d counted above, the job executor (%s, %d jobs per "
						+ "acquisition) ran %d in %.1f s: %.1f jobs/s; %d still due at the end, %d failed.%n%n",
				due, sample.size(), executor.getClass().getSimpleName(), executor.getMaxJobsPerAcquisition(),
				atStart - left, seconds, (atStart - left) / seconds, left, failed));
		return out.toString();
	}

	private static String perJob(Map<String, Long> types, int jobs) {
		StringBuilder text = new StringBuilder();
		long all = 0;
		for (Map.Entry<String, Long> type : types.entrySet()) {
			text.append(String.format(Locale.ROOT, "%s %.1f, ", type.getKey(), type.getValue() / (double) jobs));
			all += type.getValue();
		}
		return text.append(String.format(Locale.ROOT, "all %.1f", all / (double) jobs)).toString();
	}

	private String counts() throws Exception {
		StringBuilder out = new StringBuilder("Rows: ");
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			for (String table : List.of("inspected_unit", "rectification_item", "rectification_vote",
					"ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_JOB", "ACT_RU_VARIABLE", "ACT_RU_IDENTITYLINK",
					"ACT_RU_AUTHORIZATION", "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_ACTINST", "ACT_HI_VARINST",
					"ACT_HI_DETAIL")) {
				try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
					rows.next();
					out.append(table).append(' ').append(rows.getLong(1)).append(", ");
				}
			}
			out.setLength(out.length() - 2);
			out.append(".\n\nItems by state and colour: ");
			try (ResultSet rows = statement
				.executeQuery("select state, colour, count(*) from rectification_item group by 1, 2 order by 1, 2")) {
				while (rows.next()) {
					out.append(rows.getString(1))
						.append('/')
						.append(rows.getString(2))
						.append(' ')
						.append(rows.getLong(3))
						.append(", ");
				}
			}
			out.setLength(out.length() - 2);
			try (ResultSet rows = statement
				.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
				rows.next();
				out.append(".\n\nDatabase size: ").append(rows.getString(1)).append(".\n\n");
			}
		}
		return out.toString();
	}

	private List<Long> sampleItems() throws Exception {
		List<Long> ids = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"(select id from rectification_item where state = 'SIGNED_OFF' order by id limit 30) union all "
								+ "(select id from rectification_item where state <> 'SIGNED_OFF' order by id desc limit 30)")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		java.util.Collections.shuffle(ids, new java.util.Random(7));
		return ids;
	}

	/** One request (or several joined by |), as "user:path" or as inspection-office. */
	private double time(String spec) throws Exception {
		long start = System.nanoTime();
		for (String one : spec.split("\\|")) {
			String user = "inspection-office";
			String path = one;
			if (!one.startsWith("/")) {
				user = one.substring(0, one.indexOf(':'));
				path = one.substring(one.indexOf(':') + 1);
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
				.header("Accept", path.startsWith("/console") ? "text/html" : "application/json")
				.timeout(Duration.ofSeconds(60))
				.GET();
			HttpClient client = this.http;
			if (path.startsWith("/engine-rest")) {
				request.header("Authorization", "Basic "
						+ Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
			}
			else {
				client = session(user);
			}
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path + " " + new String(response.body(), StandardCharsets.UTF_8))
				.isEqualTo(200);
		}
		return (System.nanoTime() - start) / 1e6;
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private final Map<String, HttpClient> sessions = new java.util.HashMap<>();

	/** A browser's session: the login form once, then its cookie on every request. */
	private HttpClient session(String user) throws Exception {
		HttpClient client = this.sessions.get(user);
		if (client != null) {
			return client;
		}
		client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = client
			.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
			.matcher(page);
		String form = "username=" + urlEncode(user) + "&password=demo"
				+ (csrf.find() ? "&_csrf=" + urlEncode(csrf.group(1)) : "");
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElse("")).as("login of " + user).doesNotContain("error");
		this.sessions.put(user, client);
		return client;
	}

	private String filterId(String name) throws Exception {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection
					.prepareStatement("select id_ from act_ru_filter where name_ = ?")) {
			statement.setString(1, name);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

	private static String urlEncode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private String heap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		long used = 0;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				used += pool.getUsage().getUsed();
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return String.format(Locale.ROOT,
				"Heap (JMX, this JVM runs the application with -Xmx%dm): %.0f MB used after GC, "
						+ "%.0f MB sum of the heap pools' peaks during load, sweep and requests.%n%n",
				Runtime.getRuntime().maxMemory() / (1024 * 1024), used / 1048576.0, peak / 1048576.0);
	}

	/** Replays the slowest statements seen during the requests under EXPLAIN ANALYZE. */
	private String explainSlowest(int count) throws Exception {
		StringBuilder out = new StringBuilder("Slowest statements during the requests, with their plans:\n\n");
		int n = 0;
		for (StatementCounter.Slow slow : StatementCounter.INSTANCE.slowest()) {
			if (n++ >= count || !slow.sql().strip().toLowerCase(Locale.ROOT).startsWith("select")) {
				continue;
			}
			out.append(String.format(Locale.ROOT, "### %d ms (slowest of %d executions)%n%n```sql%n%s%n```%n%n```%n",
					slow.millis(), slow.count(), slow.sql().strip()));
			try (Connection connection = this.dataSource.getConnection();
					PreparedStatement explain = connection
						.prepareStatement("explain (analyze, buffers, costs off) " + slow.sql())) {
				for (int i = 0; i < slow.parameters().size(); i++) {
					explain.setObject(i + 1, slow.parameters().get(i));
				}
				try (ResultSet plan = explain.executeQuery()) {
					while (plan.next()) {
						out.append(plan.getString(1)).append('\n');
					}
				}
			}
			catch (Exception ex) {
				out.append("(could not replay: ").append(ex.getMessage()).append(")\n");
			}
			out.append("```\n\n");
		}
		return out.toString();
	}

}

package org.rectiflow.benchmark;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.support.EngineSteps;
import org.rectiflow.rectification.EvidenceStore;
import org.rectiflow.rectification.LedgerQueries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures 1 and 2 of docs/benchmarks.md: task throughput of the real
 * {@code rectification-item} lifecycle (claim, plan, evidence, four reviews, sign-off)
 * with 1, 2 and 4 worker threads against a bare-engine baseline of the same user tasks
 * ({@code benchmark/bare-item.bpmn}), on the same engine, settings and PostgreSQL
 * database; then the SQL statements each needs per completed task.
 * <p>
 * The application is driven as its users drive it: the process starts as the round's call
 * activity starts it (no user), its asynchronous steps run as the job executor runs them
 * ({@code executeJob}), each user task is claimed and completed by a demo user of its
 * candidate group with the form's variables and Camunda's authorization checks, and the
 * evidence goes through the ledger's {@link EvidenceStore} like an upload. Runs alternate
 * between application and baseline so that noise hits both alike.
 */
@SpringBootTest(
		properties = { "spring.datasource.url=jdbc:postgresql://${bench.pghost:127.0.0.1}:5432/${bench.db:rf_bench}",
				"spring.datasource.username=postgres", "spring.datasource.password=",
				"spring.datasource.hikari.maximum-pool-size=12", "camunda.bpm.webapp.enabled=false" })
@ActiveProfiles({ "demo", "test" })
@Import(StatementCounter.Wiring.class)
class ThroughputBenchmark {

	/** A new, empty database of the harness's own for every run. */
	@DynamicPropertySource
	static void freshDatabase(DynamicPropertyRegistry registry) {
		String database = Bench.string("bench.db", "rf_bench");
		Bench.recreate(database);
		registry.add("spring.datasource.url", () -> Bench.jdbcUrl(database));
	}

	static final String APP = "rectification-item";

	static final String BARE = "bench-bare-item";

	/** The real model with every delegate and listener of the application taken out. */
	static final String MODEL = "bench-model-item";

	/** Tasks per item: plan, implement, four reviews. */
	static final int TASKS_PER_ITEM = 6;

	static final String[] UNITS = { "T01V01", "T01V02", "T01V03", "T01V04", "T01V05", "T01V06", "T01V07", "T02V01",
			"T02V02", "T02V03", "T02V04", "T02V05", "T02V06", "T02V07", "T03C01", "T03C02", "T03C03", "T03C04",
			"T03C05", "T03V06" };

	static final String[] DEPARTMENTS = { "dept-civil-affairs", "dept-agriculture", "dept-finance", "dept-housing",
			"dept-natural-resources", "dept-water" };

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 100);

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	@Autowired
	private IdentityService identity;

	@Autowired
	private EvidenceStore evidence;

	@Autowired
	private LedgerQueries ledger;

	@Test
	void throughputAndStatements() throws Exception {
		try (InputStream bpmn = new ClassPathResource("benchmark/bare-item.bpmn").getInputStream()) {
			DeploymentBuilder builder = this.repository.createDeployment()
				.name("benchmark-baseline")
				.addInputStream("bare-item.bpmn", bpmn)
				.addModelInstance("model-item.bpmn", modelWithoutApplication());
			for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath:forms/*.form")) {
				builder.addInputStream(form.getFilename(), form.getInputStream());
			}
			builder.deploy();
		}
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(MODEL).count()).isOne();
		int items = Bench.integer("bench.items", 200);
		int runs = Bench.integer("bench.runs", 3);
		List<Integer> threadCounts = Bench.integers("bench.threads", "1,2,4");
		int sqlItems = Bench.integer("bench.sqlItems", 20);

		// warm-up: class loading, JIT, the engine's caches, the pool's connections
		int warmUp = Math.max(10, Math.min(items / 4, 50));
		for (String process : List.of(APP, MODEL, BARE)) {
			run(process, warmUp, 2);
		}

		StringBuilder table = new StringBuilder(Bench.header("Task throughput (measure 1)"));
		table.append("N = ")
			.append(items)
			.append(" items × ")
			.append(TASKS_PER_ITEM)
			.append(" user tasks per run, ")
			.append(runs)
			.append(" runs per row (application, model without application code and bare engine alternate); ")
			.append("median (min–max).\n\n");
		table.append("| threads | application tasks/s | model, no app code, tasks/s | bare engine tasks/s "
				+ "| ratio app/bare | ratio app/model |\n");
		table.append("|---:|---:|---:|---:|---:|---:|\n");
		for (int threads : (items > 0) ? threadCounts : List.<Integer>of()) {
			List<Double> app = new ArrayList<>();
			List<Double> model = new ArrayList<>();
			List<Double> bare = new ArrayList<>();
			List<Double> ratios = new ArrayList<>();
			List<Double> modelRatios = new ArrayList<>();
			for (int r = 0; r < runs; r++) {
				double a = run(APP, items, threads);
				double m = run(MODEL, items, threads);
				double b = run(BARE, items, threads);
				app.add(a);
				model.add(m);
				bare.add(b);
				ratios.add(a / b);
				modelRatios.add(a / m);
				System.out.printf(Locale.ROOT, "threads=%d run=%d app=%.1f model=%.1f bare=%.1f tasks/s%n", threads, r,
						a, m, b);
			}
			table.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s |%n", threads,
					Bench.spread(app, "%.1f"), Bench.spread(model, "%.1f"), Bench.spread(bare, "%.1f"),
					Bench.spread(ratios, "%.2f"), Bench.spread(modelRatios, "%.2f")));
		}
		if (items > 0) {
			Bench.write("throughput", table.toString());
		}

		Bench.write("statements", statements(sqlItems));
	}

	/** Runs {@code items} lifecycles on {@code threads} threads; returns user tasks/s. */
	private double run(String process, int items, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			long start = System.nanoTime();
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int share = items / threads + ((t < items % threads) ? 1 : 0);
				futures.add(pool.submit(() -> {
					for (int i = 0; i < share; i++) {
						lifecycle(process, null);
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			return items * TASKS_PER_ITEM / seconds;
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * One item from start to end. With a kind, its statements are counted step by step.
	 */
	private void lifecycle(String process, String kind) {
		boolean application = process.equals(APP);
		boolean jobs = !process.equals(BARE);
		long id = IDS.incrementAndGet();
		String unit = UNITS[(int) (id % UNITS.length)];
		String village = "village-" + unit.toLowerCase(Locale.ROOT);
		String department = DEPARTMENTS[(int) (id % DEPARTMENTS.length)];
		String[] instance = new String[1];
		step(kind, "1 start process",
				() -> instance[0] = this.runtime
					.startProcessInstanceByKey(process, String.valueOf(id), start(id, unit, department))
					.getId());
		if (jobs) {
			step(kind, "2 job: open item (建立整改台账)", () -> EngineSteps.runJobs(this.management, instance[0]));
		}
		work(kind, instance[0], village, "Task_PlanMeasures", plan());
		if (application) {
			step(kind, "4 upload evidence (ledger)", () -> upload(id, village));
		}
		work(kind, instance[0], village, "Task_Implement", implemented());
		work(kind, instance[0], "inspection-office", "Task_ReviewOffice", approve("office"));
		work(kind, instance[0], "discipline-commission", "Task_ReviewDiscipline", approve("discipline"));
		work(kind, instance[0], "organization-dept", "Task_ReviewOrganization", approve("organization"));
		work(kind, instance[0], department, "Task_ReviewDepartment", approve("department"));
		if (jobs) {
			step(kind, "9 job: sign-off (整改事项销号)", () -> EngineSteps.runJobs(this.management, instance[0]));
		}
	}

	private void step(String kind, String step, Runnable action) {
		if (kind == null) {
			action.run();
		}
		else {
			StatementCounter.INSTANCE.during(kind, step, action);
		}
	}

	/** Finds the task as Tasklist opens it, then claims and completes it as the user. */
	private void work(String kind, String processInstanceId, String user, String taskKey,
			Map<String, Object> variables) {
		Task[] task = new Task[1];
		step(kind, "3 find task",
				() -> task[0] = this.tasks.createTaskQuery()
					.processInstanceId(processInstanceId)
					.taskDefinitionKey(taskKey)
					.singleResult());
		assertThat(task[0]).as(taskKey).isNotNull();
		this.identity.setAuthentication(user, List.of(user));
		try {
			step(kind, "5 claim", () -> this.tasks.claim(task[0].getId(), user));
			step(kind, "6 complete " + taskKey, () -> this.tasks.complete(task[0].getId(), variables));
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private void upload(long itemId, String village) {
		try {
			this.evidence.attach(itemId, new CurrentUser(village, Set.of(village)), "现场照片.png", "image/png", PNG.length,
					new ByteArrayResource(PNG));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	/** What inspection-round's call activity passes to rectification-item. */
	static Map<String, Object> start(long findingId, String unitCode, String department) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("findingId", String.valueOf(findingId));
		variables.put("inspectionRecordId", String.valueOf(findingId / 7));
		variables.put("unitCode", unitCode);
		variables.put("villageGroup", "village-" + unitCode.toLowerCase(Locale.ROOT));
		variables.put("feedbackDate", today().minusDays(3).toString());
		variables.put("findingText", "村集体鱼塘承包合同未经村民代表会议表决");
		variables.put("findingCategory", "COLLECTIVE_ASSETS");
		variables.put("supervisingDeptGroup", department);
		return variables;
	}

	/** What form-plan-measures submits. */
	static Map<String, Object> plan() {
		Map<String, Object> plan = new HashMap<>();
		plan.put("measures", "重新公开发包鱼塘，合同提交村民代表会议表决并公示");
		plan.put("responsiblePerson", "李主任");
		plan.put("responsiblePhone", "13912345678");
		plan.put("deadline", today().plusDays(30).toString());
		plan.put("longTerm", false);
		return plan;
	}

	/** What form-implement submits. */
	static Map<String, Object> implemented() {
		Map<String, Object> report = new HashMap<>();
		report.put("implementationSummary", "合同已重新表决并公示7天");
		report.put("moneyRecoveredYuan", 3500.0);
		report.put("mattersSolved", 1);
		return report;
	}

	/** What a review form submits when the party agrees. */
	static Map<String, Object> approve(String party) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(party + "ReviewDecision", "APPROVE");
		variables.put(party + "ReturnReason", null);
		return variables;
	}

	/** Measure 2: statements per completed user task, by type, step and SQL. */
	private String statements(int items) {
		StatementCounter counter = StatementCounter.INSTANCE;
		counter.reset();
		for (int i = 0; i < items; i++) {
			lifecycle(APP, "app");
			lifecycle(MODEL, "model");
			lifecycle(BARE, "bare");
		}
		int completed = items * TASKS_PER_ITEM;
		StringBuilder out = new StringBuilder(Bench.header("SQL statements per task completion (measure 2)"));
		out.append(items)
			.append(" items of each kind, one thread; statements per completed user task over the whole lifecycle ")
			.append("(start, jobs, evidence, task look-up, claim, complete), one statement per row of a JDBC batch.\n\n");
		Map<String, Long> app = totals(counter.steps("app"));
		Map<String, Long> model = totals(counter.steps("model"));
		Map<String, Long> bare = totals(counter.steps("bare"));
		out.append("| type | application | model, no app code | bare engine | ratio app/bare | ratio app/model |\n")
			.append("|---|---:|---:|---:|---:|---:|\n");
		for (String type : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "OTHER", "all")) {
			double a = app.getOrDefault(type, 0L) / (double) completed;
			double m = model.getOrDefault(type, 0L) / (double) completed;
			double b = bare.getOrDefault(type, 0L) / (double) completed;
			out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s | %s |%n", type, a, m, b,
					(b > 0) ? String.format(Locale.ROOT, "%.2f", a / b) : "—",
					(m > 0) ? String.format(Locale.ROOT, "%.2f", a / m) : "—"));
		}
		out.append(String.format(Locale.ROOT, "| JDBC round trips | %.2f | %.2f | %.2f | %.2f | %.2f |%n%n",
				counter.roundTrips("app") / (double) completed, counter.roundTrips("model") / (double) completed,
				counter.roundTrips("bare") / (double) completed,
				counter.roundTrips("app") / (double) Math.max(1, counter.roundTrips("bare")),
				counter.roundTrips("app") / (double) Math.max(1, counter.roundTrips("model"))));

		out.append("Per item, by step (S/I/U/D):\n\n| step | application | model, no app code | bare engine |\n")
			.append("|---|---|---|---|\n");
		Set<String> steps = new TreeSet<>(counter.steps("app").keySet());
		steps.addAll(counter.steps("bare").keySet());
		for (String step : steps) {
			out.append("| ")
				.append(step)
				.append(" | ")
				.append(perItem(counter.steps("app").get(step), items))
				.append(" | ")
				.append(perItem(counter.steps("model").get(step), items))
				.append(" | ")
				.append(perItem(counter.steps("bare").get(step), items))
				.append(" |\n");
		}
		out.append(
				added("Statements the model adds to the bare engine (timers, async steps; per item, model minus bare)",
						counter.statements("model"), counter.statements("bare"), items));
		out.append(added("Statements the application's code adds to the model (per item, application minus model)",
				counter.statements("app"), counter.statements("model"), items));
		return out.append('\n').toString();
	}

	private static String added(String title, Map<String, Long> more, Map<String, Long> less, int items) {
		StringBuilder out = new StringBuilder("\n").append(title)
			.append(", largest first:\n\n")
			.append("| per item | SQL |\n|---:|---|\n");
		Map<String, Double> added = new LinkedHashMap<>();
		more.forEach((sql, count) -> {
			double diff = (count - less.getOrDefault(sql, 0L)) / (double) items;
			if (Math.abs(diff) >= 0.05) {
				added.put(sql, diff);
			}
		});
		less.forEach((sql, count) -> {
			if (!more.containsKey(sql)) {
				added.put(sql, -count / (double) items);
			}
		});
		added.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach((entry) -> out.append(String.format(Locale.ROOT, "| %+.2f | `%s` |%n", entry.getValue(),
					entry.getKey().replace("|", "\\|"))));
		return out.toString();
	}

	/**
	 * processes/rectification-item.bpmn as it is, with the application taken out: no task
	 * listeners, and every service task an empty expression. Its timers, async steps,
	 * gateways, forms and candidate groups stay.
	 */
	static BpmnModelInstance modelWithoutApplication() throws java.io.IOException {
		String xml;
		try (InputStream in = new ClassPathResource("processes/rectification-item.bpmn").getInputStream()) {
			xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\"" + APP + "\"",
					"\"" + MODEL + "\"");
		}
		BpmnModelInstance model = Bpmn.readModelFromStream(
				new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		for (CamundaTaskListener listener : new ArrayList<>(model.getModelElementsByType(CamundaTaskListener.class))) {
			listener.getParentElement().removeChildElement(listener);
		}
		for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
			task.removeAttributeNs(org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
			task.setCamundaExpression("${true}");
		}
		return model;
	}

	private static Map<String, Long> totals(Map<String, Map<String, Long>> steps) {
		Map<String, Long> totals = new HashMap<>();
		steps.values().forEach((types) -> types.forEach((type, count) -> {
			totals.merge(type, count, Long::sum);
			totals.merge("all", count, Long::sum);
		}));
		return totals;
	}

	private static String perItem(Map<String, Long> types, int items) {
		if (types == null) {
			return "—";
		}
		return String.format(Locale.ROOT, "%.1f/%.1f/%.1f/%.1f", types.getOrDefault("SELECT", 0L) / (double) items,
				types.getOrDefault("INSERT", 0L) / (double) items, types.getOrDefault("UPDATE", 0L) / (double) items,
				types.getOrDefault("DELETE", 0L) / (double) items);
	}

}

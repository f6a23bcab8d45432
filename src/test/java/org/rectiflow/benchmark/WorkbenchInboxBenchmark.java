package org.rectiflow.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workbench's inbox for the inspection office with {@code bench.tasks} open tasks of
 * its own (default 15,000, the office's share at 100,000 items): a one-step process whose
 * task carries the card's variables; each page rendered through MockMvc
 * ({@code -P benchmark -Dbench.test=WorkbenchInboxBenchmark}). On the suite's embedded
 * H2, or with {@code -Dbench.wbDb=rf_…} on a PostgreSQL database of its own (kept between
 * runs: a second run measures again without loading; {@code -Dbench.fresh=true} loads
 * anew), where the slowest statements are replayed under {@code EXPLAIN ANALYZE}. Reports
 * the statements one request of each page runs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
@Import(StatementCounter.Wiring.class)
class WorkbenchInboxBenchmark {

	static String database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = Bench.string("bench.wbDb", "");
		if (database.isBlank()) {
			database = null;
			return;
		}
		if (!Bench.exists(database) || Boolean.parseBoolean(Bench.string("bench.fresh", "false"))) {
			Bench.recreate(database);
		}
		registry.add("spring.datasource.url", () -> Bench.jdbcUrl(database));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Autowired
	private DataSource dataSource;

	@Autowired
	private TaskService tasks;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Test
	void theOfficesInboxAtScale() throws Exception {
		int count = Bench.integer("bench.tasks", 15_000);
		int samples = Bench.integer("bench.samples", 40);
		BpmnModelInstance model = Bpmn.createExecutableProcess("wb-bench")
			.name("工作台基准流程")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("Task_Bench")
			.name("巡察办审核")
			.camundaCandidateGroups("inspection-office")
			.camundaDueDate("${due}")
			.endEvent()
			.done();
		long loadStart = System.nanoTime();
		long already = this.tasks.createTaskQuery().processDefinitionKey("wb-bench").count();
		if (already == 0) {
			this.repository.createDeployment().name("wb-bench").addModelInstance("wb-bench.bpmn", model).deploy();
		}
		for (int i = (int) already; i < count; i++) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("unitName", "基准村" + (i % 11_253));
			variables.put("townshipGroup", "township-t0" + (1 + i % 3));
			variables.put("findingText", ((i % 50 == 0) ? "承包合同未经表决" : "村务公开不及时") + " 第" + i + "项");
			variables.put("warningColour", (i % 7 == 0) ? "RED" : "NONE");
			variables.put("returnCount", i % 3);
			variables.put("due",
					Date.from(TestClock.today()
						.plusDays(i % 90 - 30)
						.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
						.toInstant()));
			this.runtime.startProcessInstanceByKey("wb-bench", "bench-" + i, variables);
		}
		double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
		Map<String, String> pages = new java.util.LinkedHashMap<>();
		pages.put("本部门待办 by deadline", "/workbench?list=group");
		pages.put("已超期", "/workbench?list=overdue");
		pages.put("即将到期", "/workbench?list=soon");
		pages.put("search q=承包合同 & colour=RED", "/workbench?list=group&colour=RED&q=承包合同");
		pages.put("stage=RECTIFICATION (none of these)", "/workbench?list=group&stage=RECTIFICATION");
		pages.put("page 50", "/workbench?list=group&page=50");
		pages.put("menu badge /workbench/count", "/workbench/count");
		pages.put("我的待办 (none assigned)", "/workbench?list=mine");
		StringBuilder out = new StringBuilder(Bench.header("Workbench inbox: " + count + " office tasks ("
				+ ((database != null) ? "PostgreSQL " + database : "H2") + ")"));
		if (database != null) {
			try (Connection connection = this.dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("vacuum analyze");
			}
		}
		out.append(String.format(Locale.ROOT, "Loaded %d instances in %.1f s (%d there before).%n%n", count - already,
				loadSeconds, already))
			.append("| page (inspection-office) | p50 | p95 | max | statements |\n|---|---:|---:|---:|---:|\n");
		StatementCounter.INSTANCE.watchAll(true);
		for (Map.Entry<String, String> page : pages.entrySet()) {
			for (int i = 0; i < 5; i++) {
				time(page.getValue());
			}
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < samples; i++) {
				times.add(time(page.getValue()));
			}
			StatementCounter.INSTANCE.during("page", page.getKey(), () -> {
				try {
					time(page.getValue());
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			long statements = StatementCounter.INSTANCE.steps("page")
				.getOrDefault(page.getKey(), Map.of())
				.values()
				.stream()
				.mapToLong(Long::longValue)
				.sum();
			out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %d |%n", page.getKey(),
					Bench.percentile(times, 50), Bench.percentile(times, 95), Bench.percentile(times, 100),
					statements));
		}
		StatementCounter.INSTANCE.watchAll(false);
		out.append('\n').append(slowest(8));
		Bench.write("workbench-" + count + ((database != null) ? "-pg" : "-h2"), out.toString());
	}

	/** The slowest statements; on PostgreSQL with their plans. */
	private String slowest(int count) {
		StringBuilder out = new StringBuilder("Slowest statements during the requests:\n\n");
		int n = 0;
		for (StatementCounter.Slow slow : StatementCounter.INSTANCE.slowest()) {
			if (n++ >= count || !slow.sql().strip().toLowerCase(Locale.ROOT).startsWith("select")) {
				continue;
			}
			out.append(String.format(Locale.ROOT, "### %d ms (slowest of %d executions)%n%n```sql%n%s%n```%n%n",
					slow.millis(), slow.count(), slow.sql().strip()));
			if (database == null) {
				continue;
			}
			out.append("```\n");
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

	private double time(String path) throws Exception {
		long start = System.nanoTime();
		this.mvc
			.perform(get(path)
				.with(user("inspection-office").authorities(new SimpleGrantedAuthority("inspection-office"))))
			.andExpect(status().isOk());
		return Duration.ofNanos(System.nanoTime() - start).toNanos() / 1e6;
	}

}

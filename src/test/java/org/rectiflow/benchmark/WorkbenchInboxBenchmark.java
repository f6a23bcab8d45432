package org.rectiflow.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workbench's inbox for the inspection office with {@code bench.tasks} open tasks of
 * its own (default 15,000, the office's share at 100,000 items), on the suite's embedded
 * H2: a one-step process whose task carries the card's variables; each page rendered
 * through MockMvc ({@code -P benchmark -Dbench.test=WorkbenchInboxBenchmark}). The
 * PostgreSQL figures are {@link ScaleBenchmark}'s workbench rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
class WorkbenchInboxBenchmark {

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
		this.repository.createDeployment().name("wb-bench").addModelInstance("wb-bench.bpmn", model).deploy();
		long loadStart = System.nanoTime();
		for (int i = 0; i < count; i++) {
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
		StringBuilder out = new StringBuilder(Bench.header("Workbench inbox: " + count + " office tasks (H2)"));
		out.append(String.format(Locale.ROOT, "Loaded %d instances in %.1f s.%n%n", count, loadSeconds))
			.append("| page (inspection-office) | p50 | p95 | max |\n|---|---:|---:|---:|\n");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			for (int i = 0; i < 5; i++) {
				time(page.getValue());
			}
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < samples; i++) {
				times.add(time(page.getValue()));
			}
			out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", page.getKey(),
					Bench.percentile(times, 50), Bench.percentile(times, 95), Bench.percentile(times, 100)));
		}
		Bench.write("workbench-" + count, out.toString());
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

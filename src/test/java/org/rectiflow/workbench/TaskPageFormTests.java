package org.rectiflow.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form in {@code forms/} on the workbench's task page: it renders, refuses an empty
 * submission with Chinese messages and nothing written, and completes the task with the
 * variables Camunda Tasklist would submit (String text, Integer/Double numbers, Boolean
 * checkboxes, {@code yyyy-MM-dd} dates, no hidden field). And forms stay data: a changed
 * form deployed through the engine is what the page shows next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class TaskPageFormTests {

	private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private HistoryService history;

	private MockMvc mvc;

	private FormProbes probes;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
			.build();
		this.probes = new FormProbes(this.repository, this.runtime, this.tasks);
	}

	static Stream<Path> forms() throws IOException {
		return Files.list(Path.of("forms")).filter((p) -> p.toString().endsWith(".form")).sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void theFormRendersValidatesAndSubmitsWhatTasklistWould(Path file) throws Exception {
		TaskForm form;
		try (InputStream in = Files.newInputStream(file)) {
			form = TaskForm.read(in);
		}
		String key = this.probes.deployFor(form.id());

		// renders, with every visible field's label
		String task = this.probes.start(key, Map.of("unitName", "青山村"));
		String page = page(task);
		for (FormComponent c : visible(form.components(), Map.of())) {
			if (c.isField()) {
				assertThat(page).as(file + " shows " + c.key()).contains(escaped(c.label()));
			}
		}
		assertThat(page).contains("id=\"task-actions\"", "hx-get=\"/workbench/tasks/" + task + "/actions\"");

		// an empty submission: Chinese messages, the task stays open, nothing written
		boolean anyRequired = visible(form.components(), Map.of()).stream().anyMatch(FormComponent::required);
		String refused = this.mvc.perform(submit(task, Map.of())).andReturn().getResponse().getContentAsString();
		if (anyRequired) {
			assertThat(refused).contains("field-error").containsAnyOf("请填写", "请选择");
			assertThat(this.tasks.createTaskQuery().taskId(task).count()).isOne();
			assertThat(this.tasks.getVariables(task)).containsOnlyKeys("unitName");
		}

		// a valid submission completes the task with what Tasklist would have sent
		Map<String, String> params = new LinkedHashMap<>();
		Map<String, Object> expected = new LinkedHashMap<>();
		fill(form.components(), params, expected);
		String again = this.probes.start(key, Map.of("unitName", "青山村"));
		int status = this.mvc.perform(submit(again, params)).andReturn().getResponse().getStatus();
		assertThat(status).as(file + " completes").isEqualTo(302);
		Task still = this.tasks.createTaskQuery().taskId(again).singleResult();
		assertThat(still).isNull();
		String instance = this.history.createHistoricTaskInstanceQuery()
			.taskId(again)
			.singleResult()
			.getProcessInstanceId();
		Map<String, Object> actual = new HashMap<>();
		for (HistoricVariableInstance variable : this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.list()) {
			if (!"unitName".equals(variable.getName())) {
				actual.put(variable.getName(), variable.getValue());
			}
		}
		assertThat(actual).as(file + " variables").isEqualTo(expected);
	}

	@Test
	void aFormChangedAndDeployedThroughTheEngineIsWhatThePageShowsNext() throws Exception {
		String key = "wb-change-probe-" + Long.toString(System.nanoTime(), 36);
		String formId = "form-" + key;
		this.probes.deployWithForm(key, formId, form(formId, "整改落实情况"));
		String first = this.probes.start(key, Map.of());
		assertThat(page(first)).contains("整改落实情况").doesNotContain("整改成效（新增）");

		this.probes.deployWithForm(key, formId, form(formId, "整改成效（新增）"));
		String second = this.probes.start(key, Map.of());
		assertThat(page(second)).contains("整改成效（新增）");
		assertThat(page(first)).as("a running task keeps its version's form").contains("整改落实情况");
	}

	@Test
	void textTemplatesShowVariablesAsTextNeverAsMarkup() throws Exception {
		String key = this.probes.deployFor("form-draft-plan");
		String task = this.probes.start(key,
				Map.of("unitName", "<script>alert(1)</script>**粗体**", "planReturnReason", "[链接](javascript:alert(1))"));
		String page = page(task);
		assertThat(page).doesNotContain("<script>alert(1)")
			.doesNotContain("href=\"javascript")
			.doesNotContain("<strong>粗体</strong>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;**粗体**", "巡察办退回意见", "[链接](javascript:alert(1))");
	}

	@Test
	void aConditionShowsItsFieldOnceTheChoiceMakesItVisible() throws Exception {
		String key = this.probes.deployFor("form-review-department");
		String task = this.probes.start(key, Map.of());
		assertThat(page(task)).doesNotContain("退回理由");
		String fields = this.mvc
			.perform(post("/workbench/tasks/{id}/form", task).with(as())
				.with(csrf())
				.param("departmentReviewDecision", "RETURN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fields).contains("退回理由", "name=\"departmentReturnReason\"");
		String refused = this.mvc
			.perform(submit(task, Map.of("departmentReviewDecision", "RETURN", "departmentReturnReason", "太短")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("「退回理由」至少需要 5 个字（现有 2 个）");
	}

	@Test
	void aDynamicListIsSubmittedAsTheJsonListTasklistSends() throws Exception {
		String key = this.probes.deployFor("form-follow-up-check");
		String task = this.probes.start(key, Map.of("unitName", "青山村"));
		String added = this.mvc
			.perform(post("/workbench/tasks/{id}/form", task).with(as())
				.with(csrf())
				.param("reboundDecision", "REBOUND")
				.param("reboundProblems[0].problemText", "")
				.param("_add", "reboundProblems"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(added).contains("name=\"reboundProblems[0].problemText\"",
				"name=\"reboundProblems[1].problemText\"");
		int status = this.mvc.perform(submit(task,
				Map.of("checkDate", TestClock.today().toString(), "reboundDecision", "REBOUND", "checkNotes",
						"回头看发现公开栏再次停更，需重新整改", "reboundProblems[0].problemText", "村务公开栏再次停止更新",
						"reboundProblems[0].category", "SERVICE", "reboundProblems[0].supervisingDeptGroup",
						"dept-civil-affairs")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(302);
		String instance = this.history.createHistoricTaskInstanceQuery()
			.taskId(task)
			.singleResult()
			.getProcessInstanceId();
		HistoricVariableInstance problems = this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.variableName("reboundProblems")
			.singleResult();
		assertThat(problems.getTypeName()).isEqualTo("json");
		assertThat(problems.getValue().toString()).isEqualTo(
				"[{\"problemText\":\"村务公开栏再次停止更新\",\"category\":\"SERVICE\",\"supervisingDeptGroup\":\"dept-civil-affairs\"}]");
	}

	@Test
	void aDelegatedTaskIsResolvedBackToItsOwner() throws Exception {
		String key = this.probes.deployFor("form-draft-plan");
		String task = this.probes.start(key, Map.of("unitName", "青山村"));
		this.tasks.setAssignee(task, "village-owner");
		this.tasks.delegateTask(task, "wb-form-probe");
		int status = this.mvc
			.perform(
					submit(task,
							Map.of("planSummary", "一、公开栏每月更新；二、三资台账重新清理并公示；三、村务监督委员会每季度核对。", "secretaryName", "王书记",
									"secretaryPhone", "13800001234")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(302);
		Task resolved = this.tasks.createTaskQuery().taskId(task).singleResult();
		assertThat(resolved.getAssignee()).isEqualTo("village-owner");
		assertThat(resolved.getDelegationState()).isEqualTo(org.camunda.bpm.engine.task.DelegationState.RESOLVED);
		assertThat(this.tasks.getVariable(task, "secretaryName")).isEqualTo("王书记");
	}

	@Test
	void aTaskOfAnotherDepartmentIsNotFound() throws Exception {
		String key = this.probes.deployFor("form-draft-plan");
		String task = this.probes.start(key, Map.of());
		int status = this.mvc
			.perform(get("/workbench/tasks/{id}", task)
				.with(user("someone-else").authorities(new SimpleGrantedAuthority("village-t02v01"))))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
	}

	// --- helpers

	private String page(String task) throws Exception {
		var response = this.mvc.perform(get("/workbench/tasks/{id}", task).with(as())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private MockHttpServletRequestBuilder submit(String task, Map<String, String> params) {
		MockHttpServletRequestBuilder request = post("/workbench/tasks/{id}", task).with(as()).with(csrf());
		params.forEach(request::param);
		return request;
	}

	private static RequestPostProcessor as() {
		return user("wb-form-probe").authorities(new SimpleGrantedAuthority(FormProbes.GROUP));
	}

	/**
	 * The components a form shows for the given values (hide conditions by the engine's
	 * FEEL).
	 */
	private static List<FormComponent> visible(List<FormComponent> components, Map<String, Object> values) {
		return components.stream().filter((c) -> !hidden(c, values)).toList();
	}

	private static boolean hidden(FormComponent c, Map<String, Object> values) {
		if (c.hide() == null) {
			return false;
		}
		return Boolean.TRUE.equals(
				FEEL.evaluateSimpleExpression(c.hide(), Variables.fromMap(new HashMap<>(values)).asVariableContext()));
	}

	/**
	 * Valid values for every field, and the variables Tasklist submits for them: what
	 * form-js holds, sent through the REST API as untyped JSON.
	 */
	private static void fill(List<FormComponent> components, Map<String, String> params, Map<String, Object> expected) {
		Map<String, Object> values = new HashMap<>();
		for (FormComponent c : components) {
			if (!c.isField()) {
				continue;
			}
			switch (c.type()) {
				case "textfield", "textarea" -> {
					String text = text(c);
					params.put(c.key(), text);
					values.put(c.key(), text);
				}
				case "number" -> {
					BigDecimal number = (c.min() != null) ? c.min().add(BigDecimal.ONE) : BigDecimal.valueOf(3);
					if (c.max() != null && number.compareTo(c.max()) > 0) {
						number = c.max();
					}
					params.put(c.key(), number.toPlainString());
					values.put(c.key(), number.intValueExact());
				}
				case "checkbox" -> {
					params.put(c.key(), "true");
					values.put(c.key(), Boolean.TRUE);
				}
				case "datetime" -> {
					String date = TestClock.today().plusDays(30).toString();
					params.put(c.key(), date);
					values.put(c.key(), date);
				}
				case "select", "radio" -> {
					String value = c.values().get(0).value();
					params.put(c.key(), value);
					values.put(c.key(), value);
				}
				default -> throw new IllegalStateException("A form field of an unknown type: " + c.type());
			}
		}
		for (FormComponent c : components) {
			if (c.isField() && !hidden(c, values)) {
				expected.put(c.key(), values.get(c.key()));
			}
			else if (c.isField()) {
				params.remove(c.key());
			}
		}
	}

	private static String text(FormComponent c) {
		if (c.pattern() != null) {
			if (c.pattern().contains("1[3-9]")) {
				return "13800001234";
			}
			if (c.pattern().contains("dept-")) {
				return "dept-agriculture";
			}
			if (c.pattern().contains("inspection-team-")) {
				return "inspection-team-1";
			}
			throw new IllegalStateException("A pattern the test does not know: " + c.pattern());
		}
		int length = Math.max((c.minLength() != null) ? c.minLength() : 0, 6);
		return "已按要求完成整改工作并公示结果，群众无异议。".repeat(3).substring(0, length);
	}

	private static String escaped(String label) {
		return label.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String form(String formId, String label) {
		return """
				{"components": [
				  {"text": "#### 试用表单", "type": "text", "id": "Text_1", "layout": {"row": "Row_1"}},
				  {"label": "%2$s", "type": "textarea", "id": "Field_1", "key": "summary",
				   "validate": {"required": true, "minLength": 5}, "layout": {"row": "Row_2"}}
				 ],
				 "type": "default", "id": "%1$s", "executionPlatform": "Camunda Platform",
				 "executionPlatformVersion": "7.24.0", "schemaVersion": 16}
				""".formatted(formId, label);
	}

}

package org.rectiflow.workbench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A form that states a deadline states the setting (docs/decisions/0031): the model sets
 * the period's text as an input variable of the task ({@code ${deadlines.text(…)}}) and
 * the form's text shows it. With {@code rectification-report} set to 45 days, 报送整改报告 says
 * 45 日, not 2 个月. (The settings are those of supervision's WarningTextsTests, so that
 * both share one context.)
 */
@SpringBootTest(properties = { "rectiflow.warning.green-days-before=25", "rectiflow.warning.yellow-days-before=8",
		"rectiflow.deadlines.supervision-reply=7WD", "rectiflow.deadlines.urge-reply=P15D",
		"rectiflow.deadlines.rectification-report=P45D" })
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
class FormDeadlineTextsTests {

	private static final String GROUP = "village-t01v01";

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private MockMvc mvc;

	@Test
	void theReportTaskAndTheFeedbackTaskStateTheConfiguredPeriod() throws Exception {
		assertThat(page("Task_SubmitRectificationReport", "form-submit-rectification-report",
				"submit-rectification-report.form"))
			.contains("整改报告应在反馈后45 日内报送")
			.doesNotContain("2个月", "2 个月");
		assertThat(page("Task_Feedback", "form-feedback", "feedback.form")).contains("整改报告须在反馈后45 日内报送")
			.doesNotContain("2个月", "2 个月");
		assertThat(page("Task_PlanInspection", "form-plan-inspection", "plan-inspection.form"))
			.contains("重点村10 个工作日，一般村3 个工作日");
	}

	/**
	 * The task page of a one-step probe whose task carries the real model's input
	 * parameters and the real form.
	 */
	private String page(String taskId, String formId, String formFile) throws Exception {
		BpmnModelInstance round;
		try (InputStream in = new ClassPathResource("processes/inspection-round.bpmn").getInputStream()) {
			round = Bpmn.readModelFromStream(in);
		}
		CamundaInputOutput io = round.<UserTask>getModelElementById(taskId)
			.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaInputOutput.class)
			.singleResult();
		String key = "texts-probe-" + formId;
		var builder = Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_Probe")
			.name("期限文字")
			.camundaCandidateGroups(GROUP)
			.camundaFormRef(formId)
			.camundaFormRefBinding("deployment");
		for (CamundaInputParameter parameter : io.getCamundaInputParameters()) {
			builder = builder.camundaInputParameter(parameter.getCamundaName(), parameter.getTextContent());
		}
		BpmnModelInstance probe = builder.endEvent().done();
		this.repository.createDeployment()
			.name(key)
			.addModelInstance(key + ".bpmn", probe)
			.addInputStream(formFile, new ClassPathResource("forms/" + formFile).getInputStream())
			.deploy();
		String instance = this.runtime.startProcessInstanceByKey(key).getId();
		String task = this.tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
		var response = this.mvc
			.perform(get("/workbench/tasks/{id}", task)
				.with(user("texts-probe").authorities(new SimpleGrantedAuthority(GROUP))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}

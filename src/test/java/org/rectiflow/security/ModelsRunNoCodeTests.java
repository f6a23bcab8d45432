package org.rectiflow.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Issue 16 B1 and B2: a model runs no code of its own. Each probe the attacker used is
 * refused by the deployment gate through Camunda Modeler's door
 * ({@code /engine-rest/deployment/create}) and the process console, with a 400 naming the
 * element, and nothing is deployed. Behind the gate, the engine itself refuses: an
 * expression reaches only process beans and their own methods, and no script is ever
 * created. (The models in processes/ pass the same gate: they are deployed through it
 * when this test's application starts.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class ModelsRunNoCodeTests {

	private static final String LISTENER_SCRIPT = "<userTask id=\"Probe_ListenerScript\" camunda:candidateGroups=\"inspection-office\">"
			+ "<extensionElements><camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"groovy\">"
			+ "System.exit(1)</camunda:script></camunda:taskListener></extensionElements></userTask>";

	/** Element id → the model body that holds it: the probes of issue 16 B1/B2. */
	private static final Map<String, String> PROBES = new LinkedHashMap<>();

	static {
		PROBES.put("Probe_Reflection", "<serviceTask id=\"Probe_Reflection\" camunda:expression=\"${''.getClass()"
				+ ".forName('java.lang.System').getMethod('exit', 1.getClass()).invoke(null, 1)}\"/>");
		PROBES.put("Probe_EnvironmentBean",
				"<serviceTask id=\"Probe_EnvironmentBean\" camunda:expression=\"${environment.getProperty('x')}\"/>");
		PROBES.put("Probe_ListenerExpression",
				"<userTask id=\"Probe_ListenerExpression\" camunda:candidateGroups=\"inspection-office\">"
						+ "<extensionElements><camunda:executionListener event=\"start\" "
						+ "expression=\"${execution.getProcessEngineServices().getRuntimeService()}\"/>"
						+ "</extensionElements></userTask>");
		PROBES.put("Probe_ListenerScript", LISTENER_SCRIPT);
		PROBES.put("Probe_ScriptTask", "<scriptTask id=\"Probe_ScriptTask\" scriptFormat=\"juel\">"
				+ "<script>${execution.setVariable('x', 1)}</script></scriptTask>");
		PROBES.put("Probe_MappingScript", "<serviceTask id=\"Probe_MappingScript\" camunda:delegateExpression="
				+ "\"${transferRecorder}\"><extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">"
				+ "<camunda:script scriptFormat=\"javascript\">java.lang.System.exit(1)</camunda:script>"
				+ "</camunda:inputParameter></camunda:inputOutput></extensionElements></serviceTask>");
		PROBES.put("Probe_ExternalScript",
				"<serviceTask id=\"Probe_ExternalScript\" camunda:delegateExpression=\"${transferRecorder}\">"
						+ "<extensionElements><camunda:executionListener event=\"start\"><camunda:script "
						+ "scriptFormat=\"groovy\" resource=\"classpath://application-demo.yml\"/>"
						+ "</camunda:executionListener></extensionElements></serviceTask>");
		PROBES.put("Probe_DueDate", "<userTask id=\"Probe_DueDate\" camunda:candidateGroups=\"inspection-office\" "
				+ "camunda:dueDate=\"${environment.getProperty('rectiflow.reporter-key')}\"/>");
		PROBES.put("Probe_AnyBean",
				"<serviceTask id=\"Probe_AnyBean\" camunda:delegateExpression=\"${taskActions}\"/>");
		PROBES.put("Probe_DelegateMethod", "<serviceTask id=\"Probe_DelegateMethod\" "
				+ "camunda:delegateExpression=\"${transferRecorder.getClass()}\"/>");
		PROBES.put("Probe_JavaClass",
				"<serviceTask id=\"Probe_JavaClass\" camunda:class=\"org.rectiflow.Application\"/>");
		PROBES.put("Probe_EmbeddedForm", "<userTask id=\"Probe_EmbeddedForm\" camunda:candidateGroups="
				+ "\"inspection-office\" camunda:formKey=\"embedded:deployment:x.html\"/>");
		PROBES.put("Probe_ScriptCondition",
				"<sequenceFlow id=\"Probe_ScriptCondition\" sourceRef=\"Start\" "
						+ "targetRef=\"End\"><conditionExpression xsi:type=\"tFormalExpression\" language=\"groovy\">"
						+ "true</conditionExpression></sequenceFlow>");
		PROBES.put("Probe_VariableMethod",
				"<sequenceFlow id=\"Probe_VariableMethod\" sourceRef=\"Start\" "
						+ "targetRef=\"End\"><conditionExpression xsi:type=\"tFormalExpression\">"
						+ "${decision.getClass() != null}</conditionExpression></sequenceFlow>");
		PROBES.put("Probe_Connector",
				"<serviceTask id=\"Probe_Connector\"><extensionElements><camunda:connector>"
						+ "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
						+ "</extensionElements></serviceTask>");
	}

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void mvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void everyProbeIsRefusedThroughTheModelersDoorWithItsElementAndNothingIsDeployed() {
		long before = this.repository.createDeploymentQuery().count();
		for (Map.Entry<String, String> probe : PROBES.entrySet()) {
			String key = key();
			ResponseEntity<String> answer = modelerDeploy(key + ".bpmn", model(key, probe.getValue()));
			assertThat(answer.getStatusCode()).as(probe.getKey() + ": " + answer.getBody())
				.isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(answer.getBody()).as(probe.getKey()).contains(probe.getKey(), "部署被拒绝", "Deployment refused");
		}
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	@Test
	void everyProbeIsRefusedThroughTheProcessConsole() throws Exception {
		long before = this.repository.createDeploymentQuery().count();
		for (Map.Entry<String, String> probe : PROBES.entrySet()) {
			String key = key();
			String page = this.mvc
				.perform(multipart("/console/processes/deployments")
					.file(new MockMultipartFile("files", key + ".bpmn", "application/octet-stream",
							model(key, probe.getValue())))
					.with(csrf())
					.with(SecurityMockMvcRequestPostProcessors.user("process-admin")
						.authorities(new SimpleGrantedAuthority("process-admin"))))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).as(probe.getKey()).contains("部署被拒绝", probe.getKey());
		}
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	@Test
	void anEmbeddedFormPageOrADecisionTableIsNotDeployed() {
		String key = key();
		ResponseEntity<String> html = modelerDeploy("x.html",
				"<script cam-script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		assertThat(html.getStatusCode()).as(html.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(html.getBody()).contains("x.html");
		ResponseEntity<String> dmn = modelerDeploy(key + ".dmn", "<definitions/>".getBytes(StandardCharsets.UTF_8));
		assertThat(dmn.getStatusCode()).as(dmn.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theApplicationsOwnExpressionsStillPass() {
		String key = key();
		String body = "<userTask id=\"Task_A\" camunda:candidateGroups=\"${villageGroup}\" "
				+ "camunda:dueDate=\"${deadlines.warningAt(deadline, 'RED')}\"><extensionElements>"
				+ "<camunda:executionListener event=\"start\" expression=\"${inspectionStages.enter(execution, 'ONSITE')}\"/>"
				+ "<camunda:taskListener event=\"complete\" delegateExpression=\"${reviewVoteRecorder}\"/>"
				+ "</extensionElements></userTask>"
				+ "<sequenceFlow id=\"Flow_Ok\" sourceRef=\"Start\" targetRef=\"End\"><conditionExpression "
				+ "xsi:type=\"tFormalExpression\">${longTerm != true and now() != null}</conditionExpression></sequenceFlow>";
		ResponseEntity<String> answer = modelerDeploy(key + ".bpmn", model(key, body));
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void behindTheGateTheEngineReachesNoObjectButProcessBeans() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		for (String expression : new String[] { "${''.getClass().forName('java.lang.System')}",
				"${environment.getProperty('spring.datasource.url')}", "${deadlines.getClass()}",
				"${execution.getProcessEngineServices()}", "${taskActions}" }) {
			assertThatThrownBy(() -> evaluate(configuration, expression)).as(expression)
				.isInstanceOf(RuntimeException.class);
		}
		assertThat(evaluate(configuration, "${deadlines.cycle('long-term-progress')}")).isNotNull();
	}

	@Test
	void behindTheGateTheEngineCreatesNoScript() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		assertThatThrownBy(() -> configuration.getScriptFactory().createScriptFromSource("groovy", "1"))
			.hasMessageContaining("脚本");
		assertThatThrownBy(() -> configuration.getScriptFactory()
			.createScriptFromResource("groovy", "classpath://application.yml")).hasMessageContaining("脚本");
	}

	private static Object evaluate(ProcessEngineConfigurationImpl configuration, String expression) {
		return configuration.getCommandExecutorTxRequired()
			.execute((context) -> configuration.getExpressionManager()
				.createExpression(expression)
				.getValue(StartProcessVariableScope.getSharedInstance()));
	}

	private ResponseEntity<String> modelerDeploy(String name, byte[] content) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("deployment-name", name);
		parts.add("deployment-source", "Camunda Modeler");
		HttpHeaders fileHeaders = new HttpHeaders();
		fileHeaders.setContentDispositionFormData(name, name);
		fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		parts.add(name, new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, fileHeaders));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth("process-admin", "demo")
			.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
	}

	private static byte[] model(String key, String body) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
				+ "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" "
				+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" targetNamespace=\"http://rectiflow.org/test\">"
				+ "<process id=\"" + key + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"30\">"
				+ "<startEvent id=\"Start\"/>" + body + "<endEvent id=\"End\"/></process></definitions>")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String key() {
		return "probe-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

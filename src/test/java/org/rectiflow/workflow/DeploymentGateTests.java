package org.rectiflow.workflow;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deployment gate: each check refuses its bad case with a message naming the element,
 * and nothing is deployed; a process administrator deploys from Camunda Modeler, nobody
 * else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class DeploymentGateTests {

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TestRestTemplate rest;

	@Test
	void aModelThatDoesNotParseIsRefused() {
		assertRefused(deployment("broken.bpmn", "<definitions><process id=".getBytes(StandardCharsets.UTF_8)),
				"XML 无法解析");
	}

	@Test
	void aUserTaskWithoutCandidateGroupsIsRefused() {
		String key = key();
		BpmnModelInstance model = Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("Task_Nobody")
			.name("无人办理")
			.endEvent()
			.done();
		assertRefused(modelDeployment(key, model), "Task_Nobody", "没有候选组");
	}

	@Test
	void anUnknownGroupOrAVariableTheApplicationDoesNotSetIsRefused() {
		String key = key();
		assertRefused(modelDeployment(key, oneTask(key, "no-such-department", null)), "Task_A",
				"候选组 no-such-department 不存在");
		assertRefused(modelDeployment(key, oneTask(key, "${myOwnGroup}", null)), "Task_A", "myOwnGroup");
	}

	@Test
	void aFormThatIsNeitherInTheDeploymentNorDeployedIsRefused() {
		String key = key();
		assertRefused(modelDeployment(key, oneTask(key, "inspection-office", "form-" + key)), "Task_A", "form-" + key);
	}

	@Test
	void aDelegateExpressionNamingNoBeanIsRefused() {
		String key = key();
		BpmnModelInstance model = Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.serviceTask("ServiceTask_Ghost")
			.name("幽灵步骤")
			.camundaDelegateExpression("${noSuchBean}")
			.endEvent()
			.done();
		assertRefused(modelDeployment(key, model), "ServiceTask_Ghost", "noSuchBean");
	}

	@Test
	void aListenerNamingNoBeanIsRefused() {
		String key = key();
		BpmnModelInstance model = Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("Task_Listened")
			.name("有监听器的任务")
			.camundaCandidateGroups("inspection-office")
			.camundaTaskListenerDelegateExpression("create", "${noSuchListener}")
			.endEvent()
			.done();
		assertRefused(modelDeployment(key, model), "Task_Listened", "noSuchListener");
	}

	@Test
	void aFormWithoutAnIdIsRefused() {
		String key = key();
		DeploymentBuilder deployment = modelDeployment(key, oneTask(key, "inspection-office", null))
			.addString(key + ".form", "{\"type\":\"default\",\"components\":[]}");
		assertRefused(deployment, key + ".form", "不是有效的 Camunda 表单");
	}

	@Test
	void aProcessWithoutHistoryTimeToLiveIsRefused() {
		String key = key();
		// the fluent builder fills in a default time to live; a hand-written model may
		// have none
		BpmnModelInstance model = Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLiveString(null)
			.startEvent()
			.userTask("Task_A")
			.camundaCandidateGroups("inspection-office")
			.endEvent()
			.done();
		assertRefused(modelDeployment(key, model), key, "历史保留期");
	}

	@Test
	void aRectificationItemModelThatLostTheExtensionMessageIsRefused() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("rectification-item")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("Task_A")
			.camundaCandidateGroups("${villageGroup}")
			.endEvent()
			.done();
		assertRefused(modelDeployment("rectification-item", model), "rectification-item", "ExtensionRequested");
	}

	@Test
	void aProcessAdministratorDeploysFromModelerAndNewInstancesUseTheNewVersion() {
		String key = key();
		ResponseEntity<String> first = modelerDeploy("process-admin", key,
				oneTask(key, "inspection-office", "form-" + key));
		assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
		BpmnModelInstance changed = oneTask(key, "${villageGroup}", "form-" + key);
		ResponseEntity<String> second = modelerDeploy("process-admin", key, changed);
		assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(HttpStatus.OK);

		ProcessInstance instance = this.runtime.startProcessInstanceByKey(key,
				java.util.Map.of("villageGroup", "village-t01v01"));
		assertThat(this.repository.getProcessDefinition(instance.getProcessDefinitionId()).getVersion()).isEqualTo(2);
	}

	@Test
	void aRefusedModelerDeploymentAnswers400WithTheElementAndDeploysNothing() {
		String key = key();
		long before = this.repository.createDeploymentQuery().count();
		ResponseEntity<String> answer = modelerDeploy("process-admin", key, oneTask(key, "no-such-department", null));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).contains("Task_A", "no-such-department");
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	@Test
	void nobodyOutsideProcessAdministratorsMayDeploy() {
		String key = key();
		long before = this.repository.createDeploymentQuery().count();
		for (String user : new String[] { "inspection-office", "village-t01v01" }) {
			ResponseEntity<String> answer = modelerDeploy(user, key, oneTask(key, "inspection-office", "form-" + key));
			assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	/**
	 * The multipart request Camunda Modeler sends to /deployment/create, with basic auth.
	 */
	private ResponseEntity<String> modelerDeploy(String user, String key, BpmnModelInstance model) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("deployment-name", key);
		parts.add("deployment-source", "Camunda Modeler");
		parts.add("enable-duplicate-filtering", "true");
		parts.add(key + ".bpmn", file(key + ".bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8)));
		parts.add(key + ".form", file(key + ".form", form(key)));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth(user, "demo")
			.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
	}

	private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDispositionFormData(name, name);
		headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		return new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, headers);
	}

	private static byte[] form(String key) {
		return ("{\"id\":\"form-" + key + "\",\"type\":\"default\",\"executionPlatform\":\"Camunda Platform\","
				+ "\"schemaVersion\":16,\"components\":[{\"id\":\"f1\",\"key\":\"note\",\"label\":\"意见\","
				+ "\"type\":\"textfield\"}]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static BpmnModelInstance oneTask(String key, String groups, String form) {
		var task = Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("Task_A")
			.name("办理")
			.camundaCandidateGroups(groups);
		if (form != null) {
			task = task.camundaFormRef(form).camundaFormRefBinding("deployment");
		}
		return task.endEvent().done();
	}

	private DeploymentBuilder modelDeployment(String key, BpmnModelInstance model) {
		return this.repository.createDeployment().name(key).addModelInstance(key + ".bpmn", model);
	}

	private DeploymentBuilder deployment(String name, byte[] content) {
		return this.repository.createDeployment()
			.name(name)
			.addString(name, new String(content, StandardCharsets.UTF_8));
	}

	private void assertRefused(DeploymentBuilder deployment, String... expected) {
		long before = this.repository.createDeploymentQuery().count();
		assertThatThrownBy(deployment::deploy).isInstanceOf(ParseException.class).satisfies((ex) -> {
			ParseException refused = (ParseException) ex;
			String all = ex.getMessage() + refused.getResorceReports()
				.stream()
				.flatMap((report) -> report.getErrors().stream())
				.map((problem) -> problem.getMainElementId() + " " + problem.getMessage())
				.toList();
			assertThat(all).contains(expected);
		});
		assertThat(this.repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(before);
	}

	private static String key() {
		return "gate-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

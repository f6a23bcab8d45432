package org.rectiflow.processadmin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hot reload in development: a model or form saved into the watched folders (temporary
 * ones here) is a new version within seconds, through the gate; a refused model is logged
 * and the running version stays. Off unless {@code rectiflow.dev.hot-reload} is set: the
 * suite's context has no watcher.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class HotReloadTests {

	@Autowired
	private RepositoryService repository;

	@Autowired
	private ModelUpload upload;

	@Autowired
	private ApplicationContext context;

	@TempDir
	private Path processes;

	@TempDir
	private Path forms;

	private HotReload reload;

	@BeforeEach
	void watch() {
		this.reload = new HotReload(this.upload,
				new DevProperties(true, this.processes, this.forms, Duration.ofMillis(200)));
		this.reload.start();
	}

	@AfterEach
	void stop() {
		this.reload.stop();
	}

	@Test
	void offUnlessSwitchedOn() {
		assertThat(this.context.getBeanNamesForType(HotReload.class)).isEmpty();
	}

	@Test
	void aSavedModelOrFormIsRedeployedWithinSecondsAndARefusedOneLeavesTheRunningVersion() throws Exception {
		String key = ProcessModels.key();
		Files.writeString(this.forms.resolve(key + ".form"), form(key, "意见"));
		Files.write(this.processes.resolve(key + ".bpmn"), bytes(model(key, "inspection-office")));
		await().atMost(Duration.ofSeconds(15)).until(() -> latest(key) == 1);
		assertThat(
				this.repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult())
			.extracting(ProcessDefinition::getResourceName)
			.isEqualTo(key + ".bpmn");

		// saved again with a change: version 2
		Files.write(this.processes.resolve(key + ".bpmn"), bytes(model(key, "inspection-office,process-admin")));
		await().atMost(Duration.ofSeconds(15)).until(() -> latest(key) == 2);

		// a changed form redeploys the model that uses it
		Files.writeString(this.forms.resolve(key + ".form"), form(key, "审核意见"));
		await().atMost(Duration.ofSeconds(15)).until(() -> latest(key) == 3);

		// refused by the gate: logged, the running version stays
		Files.write(this.processes.resolve(key + ".bpmn"), bytes(model(key, "no-such-department")));
		await().atMost(Duration.ofSeconds(15)).until(() -> !this.reload.lastRefusal().isEmpty());
		assertThat(this.reload.lastRefusal())
			.anySatisfy((line) -> assertThat(line).contains("Task_A", "no-such-department"));
		assertThat(latest(key)).isEqualTo(3);
	}

	private int latest(String key) {
		ProcessDefinition latest = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.singleResult();
		return (latest != null) ? latest.getVersion() : 0;
	}

	private static BpmnModelInstance model(String key, String groups) {
		return Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.userTask("Task_A")
			.name("办理")
			.camundaCandidateGroups(groups)
			.camundaFormRef("form-" + key)
			.camundaFormRefBinding("deployment")
			.endEvent()
			.done();
	}

	private static byte[] bytes(BpmnModelInstance model) {
		return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
	}

	private static String form(String key, String label) {
		return "{\"id\":\"form-" + key + "\",\"type\":\"default\",\"executionPlatform\":\"Camunda Platform\","
				+ "\"schemaVersion\":16,\"components\":[{\"id\":\"f1\",\"key\":\"note\",\"label\":\"" + label
				+ "\",\"type\":\"textfield\"}]}";
	}

}

package org.rectiflow.workbench;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * A one-step process whose task shows a given Camunda Form, deployed as a process
 * administrator deploys (through the engine, past the deployment gate): the form as it is
 * deployed is what the task page renders.
 */
final class FormProbes {

	static final String GROUP = "village-t01v01";

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final TaskService tasks;

	FormProbes(RepositoryService repository, RuntimeService runtime, TaskService tasks) {
		this.repository = repository;
		this.runtime = runtime;
		this.tasks = tasks;
	}

	/** Deploys the probe for an already deployed form (the latest version of it). */
	String deployFor(String formId) {
		String key = key(formId);
		this.repository.createDeployment()
			.name(key)
			.addString(key + ".bpmn", bpmn(key, formId, "latest"))
			.enableDuplicateFiltering(true)
			.deploy();
		return key;
	}

	/** Deploys a probe with its own form, bound to the deployment. */
	String deployWithForm(String key, String formId, String formJson) {
		this.repository.createDeployment()
			.name(key)
			.addString(key + ".bpmn", bpmn(key, formId, "deployment"))
			.addInputStream(formId + ".form",
					new java.io.ByteArrayInputStream(formJson.getBytes(StandardCharsets.UTF_8)))
			.deploy();
		return key;
	}

	/** Starts the probe and answers its open task's id. */
	String start(String key, Map<String, Object> variables) {
		String instance = this.runtime.startProcessInstanceByKey(key, variables).getId();
		return this.tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
	}

	static String key(String formId) {
		return "wb-probe-" + formId.replaceAll("[^A-Za-z0-9-]", "-");
	}

	private static String bpmn(String key, String formId, String binding) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://rectiflow.org/test">
				  <bpmn:process id="%1$s" name="表单测试" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="Start" />
				    <bpmn:sequenceFlow id="Flow1" sourceRef="Start" targetRef="Task_Probe" />
				    <bpmn:userTask id="Task_Probe" name="表单测试任务" camunda:candidateGroups="%2$s" camunda:formRef="%3$s" camunda:formRefBinding="%4$s" />
				    <bpmn:sequenceFlow id="Flow2" sourceRef="Task_Probe" targetRef="End" />
				    <bpmn:endEvent id="End" />
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, GROUP, formId, binding);
	}

}

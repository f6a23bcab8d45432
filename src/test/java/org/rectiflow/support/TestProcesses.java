package org.rectiflow.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Processes the record tests need. When {@code processes/} already deploys a process, the
 * real one is used; only when none is deployed (the BPMN is written in parallel) does a
 * minimal stand-in with one waiting user task get deployed, named as such.
 */
public final class TestProcesses {

	private TestProcesses() {
	}

	/**
	 * Makes sure a process with this key can be started.
	 * @param repository the engine's repository service
	 * @param key the process key, e.g. {@code inspection-round}
	 */
	public static synchronized void ensureDeployed(RepositoryService repository, String key) {
		if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0) {
			return;
		}
		BpmnModelInstance model = Bpmn.createExecutableProcess(key)
			.name("测试替身 / test stand-in for " + key)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("wait")
			.name("等待 / wait")
			.endEvent()
			.done();
		repository.createDeployment().name("test stand-in " + key).addModelInstance(key + ".bpmn", model).deploy();
	}

}

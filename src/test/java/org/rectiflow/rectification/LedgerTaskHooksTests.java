package org.rectiflow.rectification;

import java.io.InputStream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every task the ledger follows exists, as a user task of the right process, in the
 * models shipped in processes/: renaming one in Camunda Modeler fails here instead of
 * silently stopping the ledger's updates.
 */
class LedgerTaskHooksTests {

	@Test
	void everyHookedTaskIsAUserTaskOfItsProcess() throws Exception {
		for (LedgerTaskHooks.Hook hook : LedgerTaskHooks.Hook.values()) {
			BpmnModelInstance model;
			try (InputStream in = new ClassPathResource("processes/" + hook.processKey + ".bpmn").getInputStream()) {
				model = Bpmn.readModelFromStream(in);
			}
			ModelElementInstance task = model.getModelElementById(hook.taskId);
			assertThat(task).as(hook.name()).isInstanceOf(UserTask.class);
			ModelElementInstance owner = task.getParentElement();
			while (!(owner instanceof Process)) {
				owner = owner.getParentElement();
			}
			assertThat(((Process) owner).getId()).as(hook.name()).isEqualTo(hook.processKey);
		}
	}

}

package org.rectiflow.workbench;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.rectification.EvidenceStore;

import org.springframework.stereotype.Component;

/**
 * 落实整改 hands in proof: the step that reports an item's rectification done cannot be
 * completed while the item has no evidence file. The evidence is the proof, not a box the
 * village ticks.
 */
@Component
class EvidenceRequirement {

	static final String PROCESS = "rectification-item";

	static final String TASK = "Task_Implement";

	private final RepositoryService repository;

	private final EvidenceStore evidence;

	EvidenceRequirement(RepositoryService repository, EvidenceStore evidence) {
		this.repository = repository;
		this.evidence = evidence;
	}

	/** Whether the task is one that takes evidence (upload on its page). */
	boolean takesEvidence(Task task) {
		return TASK.equals(task.getTaskDefinitionKey()) && PROCESS.equals(processKey(task));
	}

	/** Refuses to complete the task when it needs evidence and the item has none. */
	void check(Task task, Long itemId) {
		if (takesEvidence(task) && (itemId == null || this.evidence.count(itemId) == 0)) {
			throw new RuleViolationException(
					"请先上传佐证材料（照片、会议记录、扫描件等），再提交落实整改 / " + "Upload evidence before completing the rectification step");
		}
	}

	private String processKey(Task task) {
		return this.repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
	}

}

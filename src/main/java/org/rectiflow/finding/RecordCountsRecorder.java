package org.rectiflow.finding;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * Bean {@code recordCountsRecorder}: complete listener of {@code Task_ConductOnsite} and
 * {@code Task_DraftReport}. Writes the report's figures (talks, visits, documents,
 * villagers' reports, findings, clues, letters) from the inspection's records (巡察记录), so
 * that nobody types them; the forms only show them.
 */
@ProcessBean
@Component("recordCountsRecorder")
class RecordCountsRecorder implements TaskListener {

	private final List<RecordCounts> counts;

	RecordCountsRecorder(List<RecordCounts> counts) {
		this.counts = counts;
	}

	@Override
	public void notify(DelegateTask task) {
		Long inspectionId = inspectionId(task.getExecution().getProcessBusinessKey());
		if (inspectionId == null) {
			return;
		}
		for (RecordCounts source : this.counts) {
			source.of(inspectionId).forEach(task::setVariable);
		}
	}

	private static Long inspectionId(String businessKey) {
		if (businessKey == null || !businessKey.strip().matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.valueOf(businessKey.strip());
	}

}

package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * {@code rectification-item} › 报送阶段性进展, on complete: records the progress report
 * ({@code progressReport}, {@code progressPercent}) of a long-term item.
 */
@ProcessBean
@Component("progressReportRecorder")
class ProgressReportRecorder implements TaskListener {

	private final RectificationLedger ledger;

	private final ProcessActors actors;

	private final BusinessDate clock;

	ProgressReportRecorder(RectificationLedger ledger, ProcessActors actors, BusinessDate clock) {
		this.ledger = ledger;
		this.actors = actors;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ProcessValues values = new ProcessValues(task, this.clock.zone());
		this.ledger.reportProgress(ItemKeys.itemId(task.getExecution()),
				new ProgressCommand(values.string("progressReport"), values.integer("progressPercent"),
						this.actors.completing(task.getAssignee())));
	}

}

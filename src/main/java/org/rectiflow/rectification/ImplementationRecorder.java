package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * {@code rectification-item} › 落实整改并提交佐证材料, on complete: records what the unit did
 * ({@code implementationSummary}, {@code moneyRecoveredYuan}, {@code mattersSolved}) and
 * submits the item for the four-party review (→ 四方会审中); refused while no evidence is
 * uploaded.
 */
@ProcessBean
@Component("implementationRecorder")
class ImplementationRecorder implements TaskListener {

	private final RectificationLedger ledger;

	private final BusinessDate clock;

	ImplementationRecorder(RectificationLedger ledger, BusinessDate clock) {
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ProcessValues values = new ProcessValues(task, this.clock.zone());
		this.ledger.submitForReview(ItemKeys.itemId(task.getExecution()),
				new ImplementationReport(values.string("implementationSummary"), values.decimal("moneyRecoveredYuan"),
						values.integer("mattersSolved")));
	}

}

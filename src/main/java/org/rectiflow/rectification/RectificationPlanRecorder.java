package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * {@code rectification-item} › 认领并制定整改措施, on complete: records the measures, the
 * responsible person and phone, the deadline and the long-term flag (form
 * {@code form-plan-measures}); the item goes 待制定措施 → 整改中.
 */
@ProcessBean
@Component("rectificationPlanRecorder")
class RectificationPlanRecorder implements TaskListener {

	private final RectificationLedger ledger;

	private final BusinessDate clock;

	RectificationPlanRecorder(RectificationLedger ledger, BusinessDate clock) {
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ProcessValues values = new ProcessValues(task, this.clock.zone());
		this.ledger.recordPlan(ItemKeys.itemId(task.getExecution()),
				new RecordPlanCommand(values.string("responsibleUnit"), values.string("responsiblePerson"),
						values.string("responsiblePhone"), values.string("measures"), values.date("deadline"),
						values.flag("longTerm")));
	}

}

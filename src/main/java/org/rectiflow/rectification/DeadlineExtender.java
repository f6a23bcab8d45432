package org.rectiflow.rectification;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * {@code rectification-item} › 变更整改期限: the inspection office approved an extension.
 * Records it (old and new deadline, reason, who asked, who decided), moves the item's
 * deadline and the process variable {@code deadline}, from which the warning timers are
 * re-armed when the rectification period restarts; resets the colour and the flag and
 * counts {@code extensionCount}.
 * <p>
 * Reads {@code requestedDeadline}, {@code extensionReason}, {@code extensionRequestedBy}
 * and {@code extensionComment}.
 */
@ProcessBean
@Component("deadlineExtender")
class DeadlineExtender implements JavaDelegate {

	private final RectificationLedger ledger;

	private final ProcessActors actors;

	private final BusinessDate clock;

	DeadlineExtender(RectificationLedger ledger, ProcessActors actors, BusinessDate clock) {
		this.ledger = ledger;
		this.actors = actors;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProcessValues values = new ProcessValues(execution, this.clock.zone());
		LocalDate newDeadline = values.requiredDate("requestedDeadline");
		String requestedBy = (values.string("extensionRequestedBy") != null) ? values.string("extensionRequestedBy")
				: ProcessActors.SYSTEM;
		String decidedBy = this.actors.lastCompleter(execution.getProcessInstanceId(), ExtensionRequests.REVIEW_TASK)
			.orElseGet(this.actors::current);
		this.ledger.extendDeadline(ItemKeys.itemId(execution), new ExtensionCommand(newDeadline,
				values.string("extensionReason"), requestedBy, decidedBy, true, values.string("extensionComment")));
		execution.setVariable("deadline", newDeadline.toString());
		Integer count = values.integer("extensionCount");
		execution.setVariable("extensionCount", (count != null) ? count + 1 : 1);
		execution.setVariable("warningColour", WarningColour.NONE.name());
		execution.setVariable("flagged", false);
	}

}

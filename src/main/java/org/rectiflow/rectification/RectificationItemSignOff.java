package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * {@code rectification-item} › 整改事项销号: records the approving votes of the last round and
 * signs the item off (已销号) with today's date.
 */
@ProcessBean
@Component("rectificationItemSignOff")
class RectificationItemSignOff implements JavaDelegate {

	private final RectificationLedger ledger;

	private final ReviewForms reviews;

	RectificationItemSignOff(RectificationLedger ledger, ReviewForms reviews) {
		this.ledger = ledger;
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long itemId = ItemKeys.itemId(execution);
		ReviewOutcome outcome = this.ledger.concludeReview(itemId, this.reviews.roundOf(execution),
				(recorded) -> this.reviews.votes(execution, recorded));
		if (outcome.result() != ReviewOutcome.Result.APPROVED) {
			throw new RuleViolationException("整改事项 " + itemId + " 尚未获得会审各方一致同意，不能销号 / Item " + itemId
					+ " needs the approval of all review parties before sign-off");
		}
		RectificationItem item = this.ledger.signOff(itemId, this.reviews.roundOf(execution));
		execution.setVariable("signedOffOn", item.getSignedOffOn().toString());
		ProcessValues.setIfChanged(execution, "flagged", false);
	}

}

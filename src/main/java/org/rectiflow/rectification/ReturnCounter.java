package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * {@code rectification-item} › 记录退回次数和理由: records the round's four votes with their
 * reasons, sends the item back to the unit (被退回) and counts the return; the process shows
 * {@code returnCount} and {@code lastReturnReason} in the unit's next task, and clears
 * the round's decisions and reasons so that the next round starts blank.
 */
@ProcessBean
@Component("returnCounter")
class ReturnCounter implements JavaDelegate {

	private final RectificationLedger ledger;

	private final ReviewForms reviews;

	ReturnCounter(RectificationLedger ledger, ReviewForms reviews) {
		this.ledger = ledger;
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long itemId = ItemKeys.itemId(execution);
		ReviewOutcome outcome = this.ledger.concludeReview(itemId, this.reviews.roundOf(execution),
				(recorded) -> this.reviews.votes(execution, recorded));
		if (outcome.result() != ReviewOutcome.Result.RETURNED) {
			throw new RuleViolationException("整改事项 " + itemId + " 的会审意见中没有退回，不能记为退回 / No party returned item " + itemId
					+ " in this review round");
		}
		execution.setVariable("returnCount", this.ledger.item(itemId).getReturnCount());
		execution.setVariable("lastReturnReason", outcome.returnReasons());
		this.reviews.clearRound(execution);
	}

}

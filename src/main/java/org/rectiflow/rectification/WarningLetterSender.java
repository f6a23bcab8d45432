package org.rectiflow.rectification;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * {@code rectification-item} › 发提示函 / 发督办函并挂牌 / 发约谈通知: a warning timer fired. Sets the
 * item's warning colour (input parameter {@code colour}: GREEN, YELLOW, RED or ADMONISH;
 * red also flags the item, 挂牌督办) and announces {@link ItemWarned}, from which the
 * supervision module makes the letter.
 */
@Component("warningLetterSender")
class WarningLetterSender implements JavaDelegate {

	private final RectificationLedger ledger;

	WarningLetterSender(RectificationLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object colour = execution.getVariableLocal("colour");
		if (colour == null) {
			colour = execution.getVariable("colour");
		}
		if (colour == null) {
			throw ProcessValues.missing("colour");
		}
		WarningLevel level;
		try {
			level = WarningLevel.valueOf(colour.toString().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("预警级别应为 GREEN、YELLOW、RED 或 ADMONISH，收到「" + colour
					+ "」 / colour must be GREEN, YELLOW, RED or ADMONISH");
		}
		this.ledger.warn(ItemKeys.itemId(execution), level);
	}

}

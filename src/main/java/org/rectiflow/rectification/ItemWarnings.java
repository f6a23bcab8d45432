package org.rectiflow.rectification;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Service;

/**
 * Records a warning timer of a {@code rectification-item} process on its item: the colour
 * (only ever escalating until an extension resets it), 挂牌督办 at red, and the process
 * variables {@code warningColour} and {@code flagged}. Called from inside the process
 * step, in the engine's transaction — by the supervision module's
 * {@code warningLetterSender} and, for a supervisor's 挂牌督办, its
 * {@code supervisionActionTaker}.
 */
@Service
public class ItemWarnings {

	private final RectificationLedger ledger;

	ItemWarnings(RectificationLedger ledger) {
		this.ledger = ledger;
	}

	/**
	 * @param execution the warning step of the item's process
	 * @param colour GREEN, YELLOW, RED or ADMONISH (the step's input {@code colour})
	 */
	public void record(DelegateExecution execution, String colour) {
		WarningLevel level = level(colour);
		RectificationItem item = this.ledger.warn(ItemKeys.itemId(execution), level);
		execution.setVariable("warningColour",
				(level == WarningLevel.ADMONISH) ? level.name() : item.getColour().name());
		execution.setVariable("flagged", item.isFlagged());
	}

	/**
	 * A supervisor flagged the item (挂牌督办) through its process: the item and the process
	 * variable {@code flagged}; the colour is unchanged.
	 * @param execution the supervision step of the item's process
	 */
	public void flag(DelegateExecution execution) {
		RectificationItem item = this.ledger.flag(ItemKeys.itemId(execution));
		execution.setVariable("flagged", item.isFlagged());
	}

	static WarningLevel level(Object colour) {
		if (colour == null) {
			throw ProcessValues.missing("colour");
		}
		try {
			return WarningLevel.valueOf(colour.toString().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("预警级别应为 GREEN、YELLOW、RED 或 ADMONISH，收到「" + colour
					+ "」 / colour must be GREEN, YELLOW, RED or ADMONISH");
		}
	}

}

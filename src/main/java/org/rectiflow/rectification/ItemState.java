package org.rectiflow.rectification;

import org.rectiflow.common.Labelled;

/** Where a rectification item stands; changed only by the item's process. */
public enum ItemState implements Labelled {

	/** 待制定措施: opened from a finding, waiting for the unit's measures. */
	TO_PLAN("待制定措施"),
	/** 整改中: measures, deadline and responsible person are set. */
	IN_PROGRESS("整改中"),
	/** 四方会审中: evidence submitted, the four parties are reviewing. */
	UNDER_REVIEW("四方会审中"),
	/** 被退回: a party returned it with a reason; back to the unit. */
	RETURNED("被退回"),
	/** 已销号: struck from the ledger. */
	SIGNED_OFF("已销号");

	private final String label;

	ItemState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** Whether the unit is working on it (and may add evidence and progress). */
	public boolean isBeingRectified() {
		return this == IN_PROGRESS || this == RETURNED;
	}

	public boolean isOpen() {
		return this != SIGNED_OFF;
	}

}

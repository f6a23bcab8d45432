package org.rectiflow.rectification;

import org.rectiflow.common.Labelled;

/**
 * A party's decision in the four-party review, with the values of the review forms
 * ({@code officeReviewDecision} …).
 */
public enum ReviewDecision implements Labelled {

	/** 同意销号 */
	APPROVE("同意销号"),
	/** 退回整改: needs a reason; the item goes back to the unit. */
	RETURN("退回整改");

	private final String label;

	ReviewDecision(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

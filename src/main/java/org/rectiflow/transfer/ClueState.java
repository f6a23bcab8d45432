package org.rectiflow.transfer;

import org.rectiflow.common.Labelled;

/** Where a problem clue stands; after RECORDED each change is a step of its process. */
public enum ClueState implements Labelled {

	/** 已登记: recorded by the team, to be transferred with the report */
	RECORDED("已登记"),
	/** 已移交: transferred to the discipline commission */
	TRANSFERRED("已移交"),
	/** 已受理: accepted by the discipline commission (fast transfer) */
	ACCEPTED("已受理"),
	/** 已反馈: the commission replied */
	REPLIED("已反馈"),
	/** 已立案: the reply says a case was filed */
	BECAME_CASE("已立案");

	private final String label;

	ClueState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	boolean replied() {
		return this == REPLIED || this == BECAME_CASE;
	}

}

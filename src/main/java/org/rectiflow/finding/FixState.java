package org.rectiflow.finding;

import org.rectiflow.common.Labelled;

/** Where a fix on the spot (立行立改) stands; each change is a step of its process. */
public enum FixState implements Labelled {

	/** 已提出: the team raised it; the notice is being written */
	RAISED("已提出"),
	/** 已通知: the notice went to the village, with a deadline */
	NOTICED("已通知"),
	/** 已整改待核实: the village reported the fix */
	FIXED("已整改待核实"),
	/** 核实未通过: the team returned it to the village */
	REJECTED("核实未通过"),
	/** 已核实: fixed on the spot */
	VERIFIED("已核实");

	private final String label;

	FixState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

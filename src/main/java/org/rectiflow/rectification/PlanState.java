package org.rectiflow.rectification;

import org.rectiflow.common.Labelled;

/** Where a unit's rectification plan (整改方案) stands. */
public enum PlanState implements Labelled {

	DRAFT("草拟中"), SUBMITTED("已提交审核"), RETURNED("被退回"), APPROVED("已审核通过");

	private final String label;

	PlanState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

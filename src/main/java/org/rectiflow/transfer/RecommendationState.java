package org.rectiflow.transfer;

import org.rectiflow.common.Labelled;

/**
 * Where a recommendation letter stands; after DRAFTED each change is a step of its
 * process.
 */
public enum RecommendationState implements Labelled {

	/** 已起草: drafted by the team, to be issued with the report */
	DRAFTED("已起草"),
	/** 已移交: issued to the department */
	ISSUED("已移交"),
	/** 逾期未反馈: the reply period passed without a reply */
	OVERDUE("逾期未反馈"),
	/** 已反馈: the department replied */
	REPLIED("已反馈");

	private final String label;

	RecommendationState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

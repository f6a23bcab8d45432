package org.rectiflow.round;

import org.rectiflow.common.Labelled;

/** A checklist version is edited as a draft, then published and never changed again. */
public enum ChecklistVersionState implements Labelled {

	/** 草稿 */
	DRAFT("草稿"),
	/** 已发布 */
	PUBLISHED("已发布");

	private final String label;

	ChecklistVersionState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

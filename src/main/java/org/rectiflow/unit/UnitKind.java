package org.rectiflow.unit;

import org.rectiflow.common.Labelled;

public enum UnitKind implements Labelled {

	/** 乡镇(街道) */
	TOWNSHIP("乡镇(街道)"),
	/** 村 */
	VILLAGE("村"),
	/** 社区 */
	COMMUNITY("社区");

	private final String label;

	UnitKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

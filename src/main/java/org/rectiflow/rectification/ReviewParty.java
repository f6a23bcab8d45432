package org.rectiflow.rectification;

import org.rectiflow.common.Labelled;

/** The four parties of the four-party review (四方会审). */
public enum ReviewParty implements Labelled {

	OFFICE("巡察办"), DISCIPLINE("纪委监委"), ORGANIZATION("组织部"), LINE_DEPARTMENT("业务主管部门");

	private final String label;

	ReviewParty(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

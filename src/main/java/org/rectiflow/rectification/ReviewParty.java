package org.rectiflow.rectification;

/** The four parties of the four-party review (四方会审). */
public enum ReviewParty {

	OFFICE("巡察办"), DISCIPLINE("纪委监委"), ORGANIZATION("组织部"), LINE_DEPARTMENT("业务主管部门");

	private final String label;

	ReviewParty(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

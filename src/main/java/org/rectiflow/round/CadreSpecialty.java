package org.rectiflow.round;

import org.rectiflow.common.Labelled;

/** A cadre's specialty (专长) in the talent pool. */
public enum CadreSpecialty implements Labelled {

	/** 财务 */
	FINANCE("财务"),
	/** 党务 */
	PARTY_AFFAIRS("党务"),
	/** 法律 */
	LAW("法律"),
	/** 审计 */
	AUDIT("审计"),
	/** 纪检监察 */
	DISCIPLINE("纪检监察"),
	/** 农业农村 */
	AGRICULTURE("农业农村"),
	/** 工程建设 */
	ENGINEERING("工程建设"),
	/** 信访 */
	PETITION("信访");

	private final String label;

	CadreSpecialty(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

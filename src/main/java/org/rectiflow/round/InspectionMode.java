package org.rectiflow.round;

import org.rectiflow.unit.UnitPriority;

/** 巡察方式: how a unit is inspected. */
public enum InspectionMode {

	/** 直接巡 */
	DIRECT("直接巡"),
	/** 乡村一体巡 */
	TOWNSHIP_AND_VILLAGE("乡村一体巡"),
	/** 专项巡 */
	THEMATIC("专项巡"),
	/** 部门带村巡 */
	VIA_DEPARTMENT("部门带村巡"),
	/** 交叉巡 */
	CROSS("交叉巡"),
	/** 提级巡 */
	ESCALATED("提级巡");

	private final String label;

	InspectionMode(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The mode a unit gets unless the office chooses another: key units are inspected
	 * directly, ordinary ones together with their township.
	 * @param priority the unit's classification
	 * @return DIRECT for a key unit, TOWNSHIP_AND_VILLAGE otherwise
	 */
	public static InspectionMode defaultFor(UnitPriority priority) {
		return (priority == UnitPriority.KEY) ? DIRECT : TOWNSHIP_AND_VILLAGE;
	}

}

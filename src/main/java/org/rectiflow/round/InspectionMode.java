package org.rectiflow.round;

import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.Labelled;
import org.rectiflow.unit.UnitPriority;

/** 巡察方式: how a unit is inspected. */
public enum InspectionMode implements Labelled {

	/** 直接巡 */
	DIRECT("直接巡", "DIRECT"),
	/** 乡村一体巡 */
	TOWNSHIP_AND_VILLAGE("乡村一体巡", "TOWNSHIP_VILLAGE"),
	/** 专项巡 */
	THEMATIC("专项巡", "THEMATIC"),
	/** 部门带村巡 */
	VIA_DEPARTMENT("部门带村巡", "VIA_DEPARTMENT"),
	/** 交叉巡 */
	CROSS("交叉巡", "CROSS"),
	/** 提级巡 */
	ESCALATED("提级巡", "ESCALATED");

	private final String label;

	private final String processValue;

	InspectionMode(String label, String processValue) {
		this.label = label;
		this.processValue = processValue;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** The value of the process variable {@code inspectionMode}. */
	public String processValue() {
		return this.processValue;
	}

	/**
	 * The mode a process variable names.
	 * @throws InvalidInputException for an unknown value
	 */
	public static InspectionMode fromProcessValue(String value) {
		for (InspectionMode mode : values()) {
			if (mode.processValue.equals(value) || mode.name().equals(value)) {
				return mode;
			}
		}
		throw new InvalidInputException("未知巡察方式 / unknown inspectionMode: " + value);
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

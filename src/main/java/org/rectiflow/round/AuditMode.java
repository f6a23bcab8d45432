package org.rectiflow.round;

import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.Labelled;

/** 巡审联动方式: how the audit bureau's work is coordinated with the inspection. */
public enum AuditMode implements Labelled {

	/** 巡审同步 */
	AUDIT_ALONGSIDE("巡审同步", "SYNC"),
	/** 先审后巡 */
	AUDIT_FIRST("先审后巡", "AUDIT_FIRST"),
	/** 未审先巡 */
	INSPECT_FIRST("未审先巡", "INSPECT_FIRST");

	private final String label;

	private final String processValue;

	AuditMode(String label, String processValue) {
		this.label = label;
		this.processValue = processValue;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** The value of the process variable {@code auditMode}. */
	public String processValue() {
		return this.processValue;
	}

	/**
	 * The audit mode a process variable names.
	 * @throws InvalidInputException for an unknown value
	 */
	public static AuditMode fromProcessValue(String value) {
		for (AuditMode mode : values()) {
			if (mode.processValue.equals(value) || mode.name().equals(value)) {
				return mode;
			}
		}
		throw new InvalidInputException("未知巡审协同方式 / unknown auditMode: " + value);
	}

}

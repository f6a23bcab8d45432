package org.rectiflow.round;

/** 巡审联动方式: how the audit bureau's work is coordinated with the inspection. */
public enum AuditMode {

	/** 巡审同步 */
	AUDIT_ALONGSIDE("巡审同步"),
	/** 先审后巡 */
	AUDIT_FIRST("先审后巡"),
	/** 未审先巡 */
	INSPECT_FIRST("未审先巡");

	private final String label;

	AuditMode(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

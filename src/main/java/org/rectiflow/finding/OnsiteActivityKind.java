package org.rectiflow.finding;

import org.rectiflow.common.Labelled;

/**
 * What a line of the on-site log records; {@link #variable()} is the process variable its
 * total goes to when the team completes 开展进驻巡察 (docs/process-variables.md).
 */
public enum OnsiteActivityKind implements Labelled {

	/** 个别谈话, counted in 人次 */
	TALK("个别谈话", "人次", "talkCount"),
	/** 走访, counted in 户 */
	VISIT("走访", "户", "visitCount"),
	/** 查阅资料, counted in 份 */
	DOCUMENT("查阅资料", "份", "documentCount"),
	/** 受理群众反映, counted in 件 */
	VILLAGER_REPORT("受理群众反映", "件", "villagerReportCount");

	private final String label;

	private final String unit;

	private final String variable;

	OnsiteActivityKind(String label, String unit, String variable) {
		this.label = label;
		this.unit = unit;
		this.variable = variable;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** The measure word of the count: 人次, 户, 份, 件. */
	public String unit() {
		return this.unit;
	}

	/** The process variable of the total. */
	public String variable() {
		return this.variable;
	}

	/** The kind with this constant or Chinese label, or null. */
	public static OnsiteActivityKind parse(String text) {
		for (OnsiteActivityKind kind : values()) {
			if (kind.name().equals(text) || kind.label.equals(text)) {
				return kind;
			}
		}
		return null;
	}

}

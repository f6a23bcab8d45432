package org.rectiflow.round;

import org.rectiflow.common.Labelled;

/**
 * The stages of DOMAIN.md, in order. An inspection records the furthest stage its process
 * has reached; {@link #id()} is the stage id used in the BPMN models.
 */
public enum InspectionStage implements Labelled {

	/** 巡察准备 */
	PLANNED("planning", "巡察准备"),
	/** 巡前通报 */
	BRIEFING("briefing", "巡前通报"),
	/** 进驻 */
	ONSITE("onsite", "进驻"),
	/** 报告 */
	REPORT("report", "报告"),
	/** 反馈 */
	FEEDBACK("feedback", "反馈"),
	/** 移交 */
	TRANSFER("transfer", "移交"),
	/** 整改 */
	RECTIFICATION("rectification", "整改"),
	/** 群众满意度测评 */
	EVALUATION("evaluation", "群众满意度测评"),
	/** 销号 */
	SIGNED_OFF("sign-off", "销号"),
	/** 回头看 */
	FOLLOW_UP("follow-up", "回头看"),
	/** 办结 */
	CLOSED("closed", "办结");

	private final String id;

	private final String label;

	InspectionStage(String id, String label) {
		this.id = id;
		this.label = label;
	}

	public String id() {
		return this.id;
	}

	@Override
	public String label() {
		return this.label;
	}

	/**
	 * The stage named by a BPMN stage id ({@code onsite}) or by its constant
	 * ({@code ONSITE}).
	 * @param text the name
	 * @return the stage
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static InspectionStage parse(String text) {
		for (InspectionStage stage : values()) {
			if (stage.id.equalsIgnoreCase(text) || stage.name().equalsIgnoreCase(text)) {
				return stage;
			}
		}
		throw new IllegalArgumentException("未知阶段 / unknown stage: " + text);
	}

	/** Whether findings and the checklist selection may still be changed. */
	public boolean beforeFeedback() {
		return ordinal() < FEEDBACK.ordinal();
	}

}

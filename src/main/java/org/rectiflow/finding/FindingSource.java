package org.rectiflow.finding;

import org.rectiflow.common.Labelled;

/** Where a problem came from. */
public enum FindingSource implements Labelled {

	/** 个别谈话 */
	TALK("个别谈话"),
	/** 走访 */
	VISIT("走访"),
	/** 查阅资料 */
	DOCUMENT("查阅资料"),
	/**
	 * 群众举报: the reporter's identity is kept encrypted, for the discipline commission only
	 */
	VILLAGER_REPORT("群众举报"),
	/** 巡前通报 */
	BRIEFING("巡前通报"),
	/** 回头看: a rebound found by the follow-up review */
	FOLLOW_UP("回头看");

	private final String label;

	FindingSource(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** The source with this Chinese label or constant, or null. */
	public static FindingSource parse(String text) {
		for (FindingSource source : values()) {
			if (source.label.equals(text) || source.name().equals(text)) {
				return source;
			}
		}
		return null;
	}

}

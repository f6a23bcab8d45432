package org.rectiflow.round;

import org.rectiflow.common.Labelled;

/** A cadre's role in the team of one inspection. */
public enum TeamRole implements Labelled {

	/** 组长 */
	LEADER("组长"),
	/** 副组长 */
	DEPUTY("副组长"),
	/** 组员 */
	MEMBER("组员");

	private final String label;

	TeamRole(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}

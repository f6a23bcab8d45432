package org.rectiflow.workflow;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/** One reason a deployment is refused, pointing at the element to fix. */
record GateProblem(String message, String elementId) implements Problem {

	@Override
	public String getMessage() {
		return this.message;
	}

	@Override
	public int getLine() {
		return -1;
	}

	@Override
	public int getColumn() {
		return -1;
	}

	@Override
	public String getMainElementId() {
		return this.elementId;
	}

	@Override
	public List<String> getElementIds() {
		return (this.elementId != null) ? List.of(this.elementId) : List.of();
	}

}

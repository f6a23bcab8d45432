package org.rectiflow.processadmin;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment the gate (or Camunda's own parser) refused, or an upload that is not a
 * deployment at all: nothing was deployed. Carries one line per problem, naming the file
 * and the element to fix.
 */
class DeploymentRefusedException extends RuntimeException {

	private final List<Problem> problems;

	DeploymentRefusedException(String message, List<Problem> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	static DeploymentRefusedException of(String message) {
		return new DeploymentRefusedException(message, List.of(new Problem(null, null, message)));
	}

	static DeploymentRefusedException of(ParseException refusal) {
		List<Problem> problems = new ArrayList<>();
		for (ResourceReport report : refusal.getResorceReports()) {
			for (org.camunda.bpm.engine.Problem error : report.getErrors()) {
				String line = (error.getLine() > 0) ? "（第 " + error.getLine() + " 行）" : "";
				problems.add(new Problem(ProcessVersions.fileName(report.getResourceName()), error.getMainElementId(),
						error.getMessage() + line));
			}
		}
		if (problems.isEmpty()) {
			problems.add(new Problem(null, null, refusal.getMessage()));
		}
		return new DeploymentRefusedException(refusal.getMessage(), problems);
	}

	List<Problem> problems() {
		return this.problems;
	}

	/** One reason: the file, the element id (either may be null) and the message. */
	record Problem(String resource, String elementId, String message) {

	}

}

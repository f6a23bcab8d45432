package org.rectiflow.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator into a short, actionable startup message. */
class MissingAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdministratorException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set the environment variables RECTIFLOW_ADMIN_USERNAME and RECTIFLOW_ADMIN_PASSWORD, "
						+ "or start with SPRING_PROFILES_ACTIVE=demo for the demo county.",
				cause);
	}

}

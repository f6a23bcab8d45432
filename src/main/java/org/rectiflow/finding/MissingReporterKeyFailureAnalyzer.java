package org.rectiflow.finding;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing reporter key into a short, actionable startup message. */
class MissingReporterKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingReporterKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingReporterKeyException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Generate a key once with `openssl rand -base64 32`, keep it with the database backups (without it the "
						+ "reporters' identities cannot be read), and set it as RECTIFLOW_SECURITY_REPORTERKEY.",
				cause);
	}

}

package org.rectiflow.finding;

/** Startup without a usable key for reporters' identities. */
class MissingReporterKeyException extends IllegalStateException {

	MissingReporterKeyException(String problem) {
		super("举报人信息加密密钥无效 / The key for reporters' identities (" + ReporterCipher.PROPERTY + ") " + problem
				+ ": set RECTIFLOW_SECURITY_REPORTERKEY to the output of `openssl rand -base64 32` (or run the demo profile).");
	}

}

package org.rectiflow.identity;

/** Startup outside the demo with no administrator and none configured. */
class MissingAdministratorException extends IllegalStateException {

	static final String MESSAGE = "没有系统管理员 / No administrator: set RECTIFLOW_ADMIN_USERNAME and "
			+ "RECTIFLOW_ADMIN_PASSWORD for the first start (or run the demo profile).";

	MissingAdministratorException() {
		super(MESSAGE);
	}

}

package org.rectiflow.processadmin;

import java.util.List;

/**
 * A migration plan Camunda finds invalid: nothing is migrated; the reasons, in Chinese.
 */
class MigrationRefusedException extends RuntimeException {

	private final List<String> reasons;

	MigrationRefusedException(String message, List<String> reasons) {
		super(message);
		this.reasons = List.copyOf(reasons);
	}

	List<String> reasons() {
		return this.reasons;
	}

}

package org.rectiflow.rectification;

/**
 * The result of a review round: all four parties approved, someone returned it (with the
 * reasons, one line per party), or votes are still missing.
 */
record ReviewOutcome(Result result, String returnReasons) {

	enum Result {

		APPROVED, RETURNED, PENDING

	}

}

package org.rectiflow.common;

/**
 * A request that is well-formed but breaks a rule of the domain (a recusal, a closed
 * item, a duplicate): answers 409 with a message the user can act on.
 */
public class RuleViolationException extends RuntimeException {

	public RuleViolationException(String message) {
		super(message);
	}

}

package org.rectiflow.common;

/**
 * A value a person entered is invalid: a form field of a task, a process variable a
 * caller set, a field of an API request. The message names the value and says what is
 * expected, in Chinese and English. Every door answers it with 400 and that message: the
 * API as a ProblemDetail, the console as its error page, and {@code /engine-rest} (where
 * Camunda wraps what a task listener throws) in Camunda's own error shape, see
 * docs/decisions/0016-rest-errors.md.
 */
public class InvalidInputException extends IllegalArgumentException {

	public InvalidInputException(String message) {
		super(message);
	}

	public InvalidInputException(String message, Throwable cause) {
		super(message, cause);
	}

}

package org.rectiflow.common;

/** The caller may see the record but not do this to it: answers 403 with the reason. */
public class AccessRefusedException extends RuntimeException {

	public AccessRefusedException(String message) {
		super(message);
	}

}

package org.rectiflow.common;

/** A record that does not exist, or that the caller may not see: both answer 404. */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String what, Object id) {
		super("未找到" + what + " / " + what + " not found: " + id);
	}

}

package org.rectiflow.common;

/**
 * A process instance's business key is its record's id, written in decimal.
 */
public final class BusinessKeys {

	private BusinessKeys() {
	}

	/**
	 * The record id in a business key.
	 * @param businessKey the process instance's business key
	 * @return the id
	 * @throws IllegalStateException when the key is missing or no id (a process started
	 * without its record: a modelling error)
	 */
	public static long toId(String businessKey) {
		if (businessKey == null || !businessKey.matches("[0-9]{1,18}")) {
			throw new IllegalStateException(
					"业务编号应为记录编号 / The business key must be the record's id, but is: " + businessKey);
		}
		return Long.parseLong(businessKey);
	}

}

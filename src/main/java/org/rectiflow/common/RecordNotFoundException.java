package org.rectiflow.common;

/**
 * A record that does not exist, or that the caller may not see: both answer 404. The
 * record's kind is named "中文 / English" (整改事项 / item) or in Chinese alone.
 */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String what, Object id) {
		super(message(what, id));
	}

	private static String message(String what, Object id) {
		int slash = what.indexOf(" / ");
		String chinese = (slash >= 0) ? what.substring(0, slash) : what;
		String english = (slash >= 0) ? what.substring(slash + 3) : "record";
		return "未找到" + chinese + " " + id + " / " + Character.toUpperCase(english.charAt(0)) + english.substring(1)
				+ " not found: " + id;
	}

}

package org.rectiflow.common;

/**
 * The product's messages are written "中文 / English": the API's ProblemDetail keeps both,
 * a page people read shows the Chinese half. The English half is what follows the first "
 * / " after which no Chinese is written (so that a Chinese half may itself hold a slash).
 */
public final class Bilingual {

	private static final String SEPARATOR = " / ";

	private Bilingual() {
	}

	/**
	 * The Chinese half of a bilingual message; a message with no English half as it is.
	 */
	public static String chinese(String message) {
		if (message == null) {
			return null;
		}
		int from = 0;
		int at;
		while ((at = message.indexOf(SEPARATOR, from)) >= 0) {
			String rest = message.substring(at + SEPARATOR.length());
			if (!rest.isEmpty() && rest.codePoints().noneMatch(Bilingual::isChinese)) {
				String chinese = message.substring(0, at).strip();
				return chinese.isEmpty() ? message : chinese;
			}
			from = at + SEPARATOR.length();
		}
		return message;
	}

	/** The Chinese half of an exception's message. */
	public static String chinese(Throwable ex) {
		return chinese(ex.getMessage());
	}

	private static boolean isChinese(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN
				|| Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
	}

}

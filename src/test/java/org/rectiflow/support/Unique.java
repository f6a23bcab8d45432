package org.rectiflow.support;

import java.util.concurrent.ThreadLocalRandom;

/** Codes and names no other test (or earlier run on the same database) uses. */
public final class Unique {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private Unique() {
	}

	/**
	 * A code such as {@code ZX7K3P9Q2A} with the given prefix.
	 * @param prefix letters to start with
	 * @return prefix and 8 random characters
	 */
	public static String code(String prefix) {
		StringBuilder code = new StringBuilder(prefix);
		for (int i = 0; i < 8; i++) {
			code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}

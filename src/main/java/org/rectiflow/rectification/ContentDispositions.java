package org.rectiflow.rectification;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with a plain ASCII {@code filename} for old
 * clients and the real (e.g. Chinese) name as {@code filename*} in UTF-8 (RFC 6266, RFC
 * 5987).
 */
final class ContentDispositions {

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private ContentDispositions() {
	}

	static String attachment(String filename, String fallbackStem) {
		return "attachment; filename=\"" + asciiFallback(filename, fallbackStem) + "\"; filename*=UTF-8''"
				+ encode(filename);
	}

	static String asciiFallback(String filename, String fallbackStem) {
		boolean ascii = filename.chars().allMatch((c) -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%');
		if (ascii) {
			return filename;
		}
		int dot = filename.lastIndexOf('.');
		String extension = (dot >= 0) ? filename.substring(dot).replaceAll("[^A-Za-z0-9.]", "") : "";
		return fallbackStem + extension;
	}

	static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| ATTR_CHARS.indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return encoded.toString();
	}

}

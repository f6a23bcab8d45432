package org.rectiflow.finding;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the fields of a reporter's identity with AES-GCM (random 96-bit nonce, 128-bit
 * tag). The record id and field name are authenticated as associated data, so a
 * ciphertext copied to another finding or field does not decrypt. Stored form:
 * {@code v1:} + Base64(nonce ‖ ciphertext ‖ tag). The key is the setting
 * {@code rectiflow.security.reporter-key} (Base64 of 32 random bytes); without it the
 * application does not start.
 */
@Component
class ReporterCipher {

	static final String PROPERTY = "rectiflow.security.reporter-key";

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	ReporterCipher(String base64Key) {
		this.key = key(base64Key);
	}

	/**
	 * The key of {@code rectiflow.security.reporter-key}; when that is blank (for example
	 * an empty environment variable), the demo profile's
	 * {@code rectiflow.demo.reporter-key}.
	 */
	@Autowired
	ReporterCipher(@Value("${" + PROPERTY + ":}") String base64Key,
			@Value("${rectiflow.demo.reporter-key:}") String demoKey) {
		this((base64Key == null || base64Key.isBlank()) ? demoKey : base64Key);
	}

	private static SecretKey key(String base64Key) {
		if (base64Key == null || base64Key.isBlank()) {
			throw new MissingReporterKeyException("is not set");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64Key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new MissingReporterKeyException("is not Base64");
		}
		if (bytes.length != 32) {
			throw new MissingReporterKeyException("must be 32 bytes (Base64 of 32 random bytes), not " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

	/**
	 * Encrypts one field.
	 * @param plain the text, may be null
	 * @param findingId the finding it belongs to
	 * @param field the field's name
	 * @return the stored form, or null for null
	 */
	String encrypt(String plain, long findingId, String field) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(findingId, field));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt the reporter's " + field, ex);
		}
	}

	/**
	 * Decrypts one field.
	 * @param stored the stored form, may be null
	 * @param findingId the finding it belongs to
	 * @param field the field's name
	 * @return the text, or null for null
	 * @throws IllegalStateException when the text was changed, belongs to another record
	 * or was sealed with another key
	 */
	String decrypt(String stored, long findingId, String field) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("Unknown format of the reporter's " + field);
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData(findingId, field));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("举报人信息无法解密（密钥不符或数据被改动） / The reporter's " + field
					+ " cannot be decrypted: wrong key or altered data");
		}
	}

	private static byte[] associatedData(long findingId, String field) {
		return ("finding:" + findingId + ":" + field).getBytes(StandardCharsets.UTF_8);
	}

}

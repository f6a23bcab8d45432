package org.rectiflow.finding;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-GCM sealing of reporters' identities, without Spring. */
class ReporterCipherTest {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private final ReporterCipher cipher = new ReporterCipher(KEY);

	@Test
	void roundTripsAndNeverRepeatsACiphertext() {
		String first = this.cipher.encrypt("张三", 7, "name");
		String second = this.cipher.encrypt("张三", 7, "name");
		assertThat(first).startsWith("v1:").doesNotContain("张三").isNotEqualTo(second);
		assertThat(this.cipher.decrypt(first, 7, "name")).isEqualTo("张三");
		assertThat(this.cipher.encrypt(null, 7, "contact")).isNull();
	}

	@Test
	void aCiphertextMovedToAnotherFindingOrFieldOrAlteredDoesNotDecrypt() {
		String sealed = this.cipher.encrypt("张三", 7, "name");
		assertThatThrownBy(() -> this.cipher.decrypt(sealed, 8, "name")).hasMessageContaining("cannot be decrypted");
		assertThatThrownBy(() -> this.cipher.decrypt(sealed, 7, "note")).hasMessageContaining("cannot be decrypted");
		String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
		assertThatThrownBy(() -> this.cipher.decrypt(altered, 7, "name")).isInstanceOf(IllegalStateException.class);
		ReporterCipher other = new ReporterCipher(Base64.getEncoder()
			.encodeToString(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
					23, 24, 25, 26, 27, 28, 29, 30, 31, 32 }));
		assertThatThrownBy(() -> other.decrypt(sealed, 7, "name")).hasMessageContaining("wrong key");
	}

	@Test
	void withoutAProperKeyTheApplicationDoesNotStartAndSaysWhatToDo() {
		assertThatThrownBy(() -> new ReporterCipher("")).isInstanceOf(MissingReporterKeyException.class)
			.hasMessageContaining("RECTIFLOW_SECURITY_REPORTERKEY")
			.hasMessageContaining("openssl rand -base64 32");
		assertThatThrownBy(() -> new ReporterCipher("not base64!")).hasMessageContaining("is not Base64");
		assertThatThrownBy(() -> new ReporterCipher(Base64.getEncoder().encodeToString(new byte[16])))
			.hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> new ReporterCipher("", "")).isInstanceOf(MissingReporterKeyException.class);
		assertThat(new ReporterCipher(" ", KEY).decrypt(this.cipher.encrypt("李四", 3, "name"), 3, "name"))
			.as("a blank key (an empty environment variable) falls back to the demo key")
			.isEqualTo("李四");
		assertThat(new MissingReporterKeyFailureAnalyzer().analyze(new MissingReporterKeyException("is not set"))
			.getAction()).contains("openssl rand -base64 32");
	}

}

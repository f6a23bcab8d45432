package org.rectiflow.finding;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The identity of the villager who reported a problem, as AES-GCM ciphertext only (see
 * {@link ReporterCipher} and docs/decisions/0006-reporter-identity.md). Keyed by the
 * finding's id but not associated with it, so that no query of findings loads it. Holds
 * no plain text; its {@code toString} shows nothing but the finding's id.
 */
@Entity
@Table(name = "finding_reporter")
class ReporterIdentity {

	@Id
	private Long findingId;

	@Column(nullable = false, length = 400)
	private String nameCipher;

	@Column(length = 600)
	private String contactCipher;

	@Column(length = 2400)
	private String noteCipher;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected ReporterIdentity() {
	}

	ReporterIdentity(long findingId) {
		this.findingId = findingId;
	}

	void record(String nameCipher, String contactCipher, String noteCipher, String recordedBy, Instant recordedAt) {
		this.nameCipher = nameCipher;
		this.contactCipher = contactCipher;
		this.noteCipher = noteCipher;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	Long getFindingId() {
		return this.findingId;
	}

	String getNameCipher() {
		return this.nameCipher;
	}

	String getContactCipher() {
		return this.contactCipher;
	}

	String getNoteCipher() {
		return this.noteCipher;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

	@Override
	public String toString() {
		return "ReporterIdentity[finding " + this.findingId + ", encrypted]";
	}

}

package org.rectiflow.rectification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The description of an evidence file (佐证材料) of an item; the bytes are in
 * {@link EvidenceContent}, read only on download.
 */
@Entity
@Table(name = "rectification_evidence")
public class EvidenceAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_evidence_seq")
	@SequenceGenerator(name = "rectification_evidence_seq", sequenceName = "rectification_evidence_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long itemId;

	@Column(nullable = false, length = 255)
	private String filename;

	@Column(nullable = false, length = 100)
	private String contentType;

	@Column(nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(nullable = false, length = 64)
	private String uploadedBy;

	@Column(nullable = false)
	private Instant uploadedAt;

	protected EvidenceAttachment() {
	}

	EvidenceAttachment(Long itemId, String filename, String contentType, long sizeBytes, String sha256,
			String uploadedBy, Instant uploadedAt) {
		this.itemId = itemId;
		this.filename = filename;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getFilename() {
		return this.filename;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

}

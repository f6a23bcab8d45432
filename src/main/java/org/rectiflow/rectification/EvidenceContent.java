package org.rectiflow.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The bytes of an evidence file, in the database so that every node of a cluster serves
 * them (bytea on PostgreSQL). Kept apart from {@link EvidenceAttachment} so that lists
 * never load them.
 */
@Entity
@Table(name = "rectification_evidence_content")
class EvidenceContent {

	@Id
	private Long attachmentId;

	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false, length = EvidenceTypes.COLUMN_CAPACITY)
	private byte[] content;

	protected EvidenceContent() {
	}

	EvidenceContent(Long attachmentId, byte[] content) {
		this.attachmentId = attachmentId;
		this.content = content;
	}

	Long getAttachmentId() {
		return this.attachmentId;
	}

	byte[] getContent() {
		return this.content;
	}

}

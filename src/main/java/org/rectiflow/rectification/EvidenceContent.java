package org.rectiflow.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.data.domain.Persistable;

/**
 * The bytes of an evidence file, in the database so that every node of a cluster serves
 * them (bytea on PostgreSQL). Kept apart from {@link EvidenceAttachment} so that lists
 * never load them. Its id is the attachment's, assigned, so it says itself whether it is
 * new: saving new bytes is an insert, not a read of the row (and its bytes) first.
 */
@Entity
@Table(name = "rectification_evidence_content")
class EvidenceContent implements Persistable<Long> {

	@Id
	private Long attachmentId;

	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false, length = EvidenceTypes.COLUMN_CAPACITY)
	private byte[] content;

	@Transient
	private boolean stored;

	protected EvidenceContent() {
	}

	EvidenceContent(Long attachmentId, byte[] content) {
		this.attachmentId = attachmentId;
		this.content = content;
	}

	Long getAttachmentId() {
		return this.attachmentId;
	}

	@Override
	public Long getId() {
		return this.attachmentId;
	}

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.stored = true;
	}

	byte[] getContent() {
		return this.content;
	}

}

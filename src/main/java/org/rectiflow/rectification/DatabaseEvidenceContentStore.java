package org.rectiflow.rectification;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Evidence bytes in the database (table {@code rectification_evidence_content}), in the
 * caller's transaction: shared by every node, and backed up with the records they belong
 * to.
 */
@Component
@ConditionalOnProperty(name = "rectiflow.evidence.store", havingValue = "database", matchIfMissing = true)
class DatabaseEvidenceContentStore implements EvidenceContentStore {

	private final EvidenceContentRepository contents;

	DatabaseEvidenceContentStore(EvidenceContentRepository contents) {
		this.contents = contents;
	}

	@Override
	public void put(Long attachmentId, byte[] content) {
		this.contents.save(new EvidenceContent(attachmentId, content));
	}

	@Override
	public Optional<byte[]> get(Long attachmentId) {
		return this.contents.findById(attachmentId).map(EvidenceContent::getContent);
	}

	@Override
	public void remove(Long attachmentId) {
		this.contents.deleteContent(attachmentId);
	}

}

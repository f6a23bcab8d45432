package org.rectiflow.rectification;

import java.util.Optional;

/**
 * Where the bytes of evidence files live; every node of a cluster must reach the same
 * store. The default is the database ({@link DatabaseEvidenceContentStore}, table
 * {@code evidence_content}), written in the transaction that records the attachment. An
 * S3-compatible store is the documented alternative (docs/reliability.md, "Evidence on
 * S3"): implement this interface, selected by {@code rectiflow.evidence.store=s3}.
 */
interface EvidenceContentStore {

	/** Keeps the bytes of a new attachment (called once per attachment id). */
	void put(Long attachmentId, byte[] content);

	/** The bytes of an attachment, or empty when the store has none. */
	Optional<byte[]> get(Long attachmentId);

	/** Forgets the bytes of an attachment its uploader removed. */
	void remove(Long attachmentId);

}

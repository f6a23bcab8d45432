package org.rectiflow.rectification;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceContentRepository extends JpaRepository<EvidenceContent, Long> {

	/** Deletes the bytes without reading them first. */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("delete from EvidenceContent c where c.attachmentId = :id")
	int deleteContent(@org.springframework.data.repository.query.Param("id") Long id);

}

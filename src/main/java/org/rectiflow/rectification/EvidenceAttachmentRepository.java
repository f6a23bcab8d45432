package org.rectiflow.rectification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceAttachmentRepository extends JpaRepository<EvidenceAttachment, Long> {

	List<EvidenceAttachment> findByItemIdOrderByUploadedAtAscIdAsc(Long itemId);

	Optional<EvidenceAttachment> findByIdAndItemId(Long id, Long itemId);

	long countByItemId(Long itemId);

}

package org.rectiflow.rectification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

	List<DeadlineExtension> findByItemIdOrderByDecidedAtAscIdAsc(Long itemId);

}

package org.rectiflow.round;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

	@Query("select i from ChecklistItem i join fetch i.area a where i.versionId = ?1 order by a.sortOrder, i.sortOrder")
	List<ChecklistItem> findByVersionInOrder(Long versionId);

	long countByVersionId(Long versionId);

}

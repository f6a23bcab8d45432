package org.rectiflow.round;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistAreaRepository extends JpaRepository<ChecklistArea, Long> {

	List<ChecklistArea> findByVersionIdOrderBySortOrder(Long versionId);

}

package org.rectiflow.finding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OnsiteActivityRepository extends JpaRepository<OnsiteActivity, Long> {

	List<OnsiteActivity> findByInspectionIdOrderByHeldOnDescIdDesc(Long inspectionId);

	@Query("select a.kind, coalesce(sum(a.quantity), 0) from OnsiteActivity a where a.inspectionId = ?1 group by a.kind")
	List<Object[]> totals(Long inspectionId);

}

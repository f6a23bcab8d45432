package org.rectiflow.finding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FindingRepository extends JpaRepository<Finding, Long>, JpaSpecificationExecutor<Finding> {

	List<Finding> findByInspectionIdOrderBySeqNo(Long inspectionId);

	Optional<Finding> findByInspectionIdAndSeqNo(Long inspectionId, int seqNo);

	Optional<Finding> findByOriginKey(String originKey);

	@Query("select coalesce(max(f.seqNo), 0) from Finding f where f.inspectionId = ?1")
	int maxSeqNo(Long inspectionId);

}

package org.rectiflow.transfer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RecommendationRepository
		extends JpaRepository<Recommendation, Long>, JpaSpecificationExecutor<Recommendation> {

	List<Recommendation> findByInspectionIdOrderById(Long inspectionId);

}

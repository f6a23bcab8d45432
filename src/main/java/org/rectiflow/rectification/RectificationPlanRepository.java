package org.rectiflow.rectification;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationPlanRepository extends JpaRepository<RectificationPlan, Long> {

	Optional<RectificationPlan> findByInspectionId(Long inspectionId);

}

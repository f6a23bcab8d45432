package org.rectiflow.rectification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanCorrectionRepository extends JpaRepository<PlanCorrection, Long> {

	List<PlanCorrection> findByItemIdOrderByCorrectedAtAscIdAsc(Long itemId);

}

package org.rectiflow.rectification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanReturnRepository extends JpaRepository<PlanReturn, Long> {

	List<PlanReturn> findByPlanIdOrderByReturnedAtAscIdAsc(Long planId);

}

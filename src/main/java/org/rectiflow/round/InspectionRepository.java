package org.rectiflow.round;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InspectionRepository extends JpaRepository<Inspection, Long>, JpaSpecificationExecutor<Inspection> {

	@Override
	@EntityGraph(attributePaths = "round")
	Page<Inspection> findAll(Specification<Inspection> specification, Pageable pageable);

	boolean existsByRoundAndUnitId(InspectionRound round, Long unitId);

	Optional<Inspection> findByProcessInstanceId(String processInstanceId);

}

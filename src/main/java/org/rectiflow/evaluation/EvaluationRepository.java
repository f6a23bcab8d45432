package org.rectiflow.evaluation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	Optional<Evaluation> findByInspectionKey(String inspectionKey);

}

package org.rectiflow.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	Optional<Evaluation> findByInspectionKey(String inspectionKey);

	Optional<Evaluation> findBySharedCode(String sharedCode);

	List<Evaluation> findAllByOrderByOpenedAtDescIdDesc();

	Optional<Evaluation> findFirstByVillageGroupOrderByOpenedAtDescIdDesc(String villageGroup);

	List<Evaluation> findByStateOrderByClosedAtDescIdDesc(EvaluationState state);

}

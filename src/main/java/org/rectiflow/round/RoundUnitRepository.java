package org.rectiflow.round;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundUnitRepository extends JpaRepository<RoundUnit, Long> {

	List<RoundUnit> findByRoundIdOrderById(Long roundId);

	Optional<RoundUnit> findByIdAndRoundId(Long id, Long roundId);

	boolean existsByRoundIdAndUnitCode(Long roundId, String unitCode);

}

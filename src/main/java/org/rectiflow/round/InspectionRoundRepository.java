package org.rectiflow.round;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRoundRepository extends JpaRepository<InspectionRound, Long> {

	Optional<InspectionRound> findByName(String name);

}

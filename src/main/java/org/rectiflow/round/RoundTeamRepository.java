package org.rectiflow.round;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundTeamRepository extends JpaRepository<RoundTeam, Long> {

	List<RoundTeam> findByRoundIdOrderByTeamGroupId(Long roundId);

}

package org.rectiflow.round;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamMemberRepository extends JpaRepository<TeamMember, Long> {

	List<TeamMember> findByInspectionOrderById(Inspection inspection);

	Optional<TeamMember> findByInspectionAndCadre(Inspection inspection, Cadre cadre);

}

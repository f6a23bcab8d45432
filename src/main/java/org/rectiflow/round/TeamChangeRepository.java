package org.rectiflow.round;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamChangeRepository extends JpaRepository<TeamChange, Long> {

	List<TeamChange> findByInspectionIdOrderByChangedAtDescIdDesc(Long inspectionId);

}

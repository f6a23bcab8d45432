package org.rectiflow.transfer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ClueRepository extends JpaRepository<Clue, Long>, JpaSpecificationExecutor<Clue> {

	List<Clue> findByInspectionIdOrderById(Long inspectionId);

}

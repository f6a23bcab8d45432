package org.rectiflow.finding;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ImmediateFixRepository extends JpaRepository<ImmediateFix, Long>, JpaSpecificationExecutor<ImmediateFix> {

	boolean existsByFindingId(Long findingId);

	java.util.List<ImmediateFix> findByInspectionIdOrderByIdDesc(Long inspectionId);

}

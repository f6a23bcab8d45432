package org.rectiflow.unit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitClassificationChangeRepository extends JpaRepository<UnitClassificationChange, Long> {

	List<UnitClassificationChange> findByUnitIdOrderByChangedAtDescIdDesc(Long unitId);

}

package org.rectiflow.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectedUnitRepository extends JpaRepository<InspectedUnit, Long> {

	Optional<InspectedUnit> findByCode(String code);

	Optional<InspectedUnit> findByGroupId(String groupId);

	List<InspectedUnit> findByKindOrderByCode(UnitKind kind);

	List<InspectedUnit> findByTownshipOrderByCode(InspectedUnit township);

}

package org.rectiflow.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface InspectedUnitRepository
		extends JpaRepository<InspectedUnit, Long>, JpaSpecificationExecutor<InspectedUnit> {

	@Override
	@EntityGraph(attributePaths = "township")
	Page<InspectedUnit> findAll(Specification<InspectedUnit> specification, Pageable pageable);

	List<InspectedUnit> findByCodeIn(java.util.Collection<String> codes);

	/** With its township, as most callers copy the township's name and code too. */
	@EntityGraph(attributePaths = { "township", "township.categories" })
	Optional<InspectedUnit> findByCode(String code);

	Optional<InspectedUnit> findByGroupId(String groupId);

	List<InspectedUnit> findByKindOrderByCode(UnitKind kind);

	List<InspectedUnit> findByTownshipOrderByCode(InspectedUnit township);

}

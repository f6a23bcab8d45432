package org.rectiflow.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.rectiflow.common.Pageables;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads units for a user: supervisors read all, a township its own villages, a village
 * itself. A unit the user may not read is "not found".
 */
@Service
@Transactional(readOnly = true)
class UnitQueries {

	static final Set<String> SORTS = Set.of("code", "name", "kind", "priority", "lastInspectedOn");

	private final InspectedUnitRepository units;

	private final UnitTerm term;

	UnitQueries(InspectedUnitRepository units, UnitTerm term) {
		this.units = units;
		this.term = term;
	}

	Page<UnitView> list(UnitFilter filter, Pageable pageable, CurrentUser user) {
		return this.units.findAll(specification(filter, user), Pageables.checked(pageable, SORTS))
			.map((unit) -> UnitView.of(unit, this.term));
	}

	UnitView get(String code, CurrentUser user) {
		return this.units.findByCode(code)
			.filter((unit) -> user.canRead(unit.getGroupId(), unit.getTownshipGroupId(), null))
			.map((unit) -> UnitView.of(unit, this.term))
			.orElseThrow(() -> new RecordNotFoundException("被巡察单位", code));
	}

	private Specification<InspectedUnit> specification(UnitFilter filter, CurrentUser user) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!user.readsAll()) {
				all.add(user.groups().isEmpty() ? cb.disjunction()
						: cb.or(root.get("groupId").in(user.groups()), root.get("townshipGroupId").in(user.groups())));
			}
			if (filter.township() != null) {
				all.add(cb.or(cb.equal(root.join("township", JoinType.LEFT).get("code"), filter.township()),
						cb.equal(root.get("code"), filter.township())));
			}
			if (filter.kind() != null) {
				all.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.priority() != null) {
				all.add(cb.equal(root.get("priority"), filter.priority()));
			}
			if (filter.category() != null) {
				all.add(cb.isMember(filter.category(), root.get("categories")));
			}
			if (filter.notInspectedInTerm() != null) {
				Predicate due = cb.or(cb.isNull(root.get("lastInspectedOn")),
						cb.lessThan(root.get("lastInspectedOn"), this.term.start()));
				all.add(filter.notInspectedInTerm() ? due : cb.not(due));
			}
			if (filter.q() != null && !filter.q().isBlank()) {
				String like = "%" + filter.q().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
				all.add(cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
						cb.like(cb.lower(root.get("code")), like, '\\')));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	/**
	 * The filters of the unit list; each may be null.
	 *
	 * @param township the township's code
	 * @param kind township, village or community
	 * @param priority key or ordinary
	 * @param category one category
	 * @param notInspectedInTerm only units (not) inspected in this term
	 * @param q part of the name or code
	 */
	record UnitFilter(String township, UnitKind kind, UnitPriority priority, UnitCategory category,
			Boolean notInspectedInTerm, String q) {

	}

}

package org.rectiflow.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads inspected units for other modules; their table stays this module's. */
@Service
@Transactional(readOnly = true)
public class Units {

	private final InspectedUnitRepository units;

	Units(InspectedUnitRepository units) {
		this.units = units;
	}

	/** The unit with its township. */
	public Optional<InspectedUnit> byCode(String code) {
		return (code != null) ? this.units.findByCode(code) : Optional.empty();
	}

	public Optional<InspectedUnit> byGroupId(String groupId) {
		return (groupId != null) ? this.units.findByGroupId(groupId) : Optional.empty();
	}

	public List<InspectedUnit> byCodes(Collection<String> codes) {
		return this.units.findByCodeIn(codes);
	}

	/**
	 * Villages and communities (no townships) whose name, township's name or category
	 * contains {@code text}, leaving out {@code excludedCodes}, by township and code, one
	 * page at a time: the round page's search-as-you-type picker (decision 0033).
	 */
	public Page<InspectedUnit> search(String text, Collection<String> excludedCodes, Pageable pageable) {
		String q = (text != null) ? text.strip() : "";
		Specification<InspectedUnit> spec = (root, query, cb) -> {
			List<Predicate> all = new java.util.ArrayList<>();
			all.add(cb.notEqual(root.get("kind"), UnitKind.TOWNSHIP));
			if (excludedCodes != null && !excludedCodes.isEmpty()) {
				all.add(cb.not(root.get("code").in(excludedCodes)));
			}
			if (!q.isEmpty()) {
				String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				Join<InspectedUnit, InspectedUnit> township = root.join("township", JoinType.LEFT);
				List<Predicate> any = new java.util.ArrayList<>();
				any.add(cb.like(root.get("name"), like, '\\'));
				any.add(cb.like(township.get("name"), like, '\\'));
				List<UnitCategory> categories = java.util.Arrays.stream(UnitCategory.values())
					.filter((category) -> category.label().contains(q))
					.toList();
				if (!categories.isEmpty()) {
					Subquery<String> ofCategory = query.subquery(String.class);
					Root<InspectedUnit> unit = ofCategory.from(InspectedUnit.class);
					Join<InspectedUnit, UnitCategory> category = unit.join("categories");
					ofCategory.select(unit.get("code")).where(category.in(categories));
					any.add(root.get("code").in(ofCategory));
				}
				all.add(cb.or(any.toArray(Predicate[]::new)));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by("township.code", "code"));
		return this.units.findAll(spec, sorted);
	}

	/**
	 * Every unit, townships first, then villages and communities, each by code (for
	 * choosing one).
	 */
	public List<InspectedUnit> all() {
		List<InspectedUnit> all = new java.util.ArrayList<>(this.units.findByKindOrderByCode(UnitKind.TOWNSHIP));
		for (InspectedUnit township : List.copyOf(all)) {
			all.addAll(this.units.findByTownshipOrderByCode(township));
		}
		return all;
	}

}

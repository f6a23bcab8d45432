package org.rectiflow.unit;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import org.rectiflow.identity.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the console shows of units, within the caller's scope (supervisors all, a township
 * its own villages, a village itself): the villages and communities not yet inspected in
 * this term, and one unit by code.
 */
@Service
@Transactional(readOnly = true)
public class UnitOverview {

	private final InspectedUnitRepository units;

	private final UnitTerm term;

	UnitOverview(InspectedUnitRepository units, UnitTerm term) {
		this.units = units;
		this.term = term;
	}

	/**
	 * Villages and communities still to be inspected in this term: how many, and the
	 * first {@code limit} by code.
	 */
	public NotInspected notInspectedInTerm(CurrentUser user, int limit) {
		Specification<InspectedUnit> due = readableBy(user).and((root, query, cb) -> cb
			.and(cb.notEqual(root.get("kind"), UnitKind.TOWNSHIP), cb.or(cb.isNull(root.get("lastInspectedOn")),
					cb.lessThan(root.get("lastInspectedOn"), this.term.start()))));
		long count = this.units.count(due);
		List<UnitView> first = (limit <= 0) ? List.of()
				: this.units.findAll(due, PageRequest.of(0, limit, Sort.by("code")))
					.map((unit) -> UnitView.of(unit, this.term))
					.getContent();
		return new NotInspected(count, first, this.term);
	}

	/** The townships (乡镇、街道), by code: the ledger's township filter. */
	public List<UnitView> townships() {
		return this.units.findByKindOrderByCode(UnitKind.TOWNSHIP)
			.stream()
			.map((unit) -> UnitView.of(unit, this.term))
			.toList();
	}

	/** The unit, if it exists and the caller may read it. */
	public Optional<UnitView> readable(String code, CurrentUser user) {
		return find(code).filter((unit) -> user.canRead(unit.groupId(), unit.townshipGroupId(), null));
	}

	/** The unit, whoever may read it (to tell 403 from 404). */
	public Optional<UnitView> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return this.units.findByCode(code.strip()).map((unit) -> UnitView.of(unit, this.term));
	}

	private static Specification<InspectedUnit> readableBy(CurrentUser user) {
		return (root, query, cb) -> {
			if (user.readsAll()) {
				return cb.conjunction();
			}
			if (user.groups().isEmpty()) {
				return cb.disjunction();
			}
			Predicate own = root.get("groupId").in(user.groups());
			return cb.or(own, root.get("townshipGroupId").in(user.groups()));
		};
	}

	/**
	 * @param count how many are still to be inspected
	 * @param first the first of them by code
	 * @param term the current term
	 */
	public record NotInspected(long count, List<UnitView> first, UnitTerm term) {

	}

}

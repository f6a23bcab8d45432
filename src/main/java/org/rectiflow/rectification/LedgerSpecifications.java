package org.rectiflow.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.rectiflow.identity.CurrentUser;

import org.springframework.data.jpa.domain.Specification;

/**
 * The ledger's filters and the caller's read scope as JPA criteria, so that paging,
 * counts, the export and the statistics all see exactly the rows the caller may read.
 */
final class LedgerSpecifications {

	private LedgerSpecifications() {
	}

	/**
	 * The caller's scope (the same rule as {@link CurrentUser#canRead}): supervisors read
	 * all; everyone else reads the items of their unit, township or department.
	 */
	static Specification<RectificationItem> readableBy(CurrentUser user) {
		return (root, query, cb) -> {
			if (user.readsAll()) {
				return cb.conjunction();
			}
			if (user.groups().isEmpty()) {
				return cb.disjunction();
			}
			return cb.or(root.get("unitGroup").in(user.groups()), root.get("townshipGroup").in(user.groups()),
					root.get("supervisingDeptGroup").in(user.groups()));
		};
	}

	static Specification<RectificationItem> matching(LedgerFilter filter, LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			equal(predicates, cb, root.get("roundId"), filter.roundId());
			equal(predicates, cb, root.get("inspectionId"), filter.inspectionId());
			if (present(filter.township())) {
				predicates.add(cb.or(cb.equal(root.get("townshipCode"), filter.township().strip()),
						cb.equal(root.get("townshipGroup"), filter.township().strip())));
			}
			if (present(filter.unit())) {
				predicates.add(cb.or(cb.equal(root.get("unitCode"), filter.unit().strip()),
						cb.equal(root.get("unitGroup"), filter.unit().strip())));
			}
			if (present(filter.department())) {
				equal(predicates, cb, root.get("supervisingDeptGroup"), filter.department().strip());
			}
			if (present(filter.category())) {
				equal(predicates, cb, root.get("category"), filter.category().strip());
			}
			if (filter.state() != null && !filter.state().isEmpty()) {
				predicates.add(root.get("state").in(filter.state()));
			}
			if (filter.colour() != null && !filter.colour().isEmpty()) {
				predicates.add(root.get("colour").in(filter.colour()));
			}
			equal(predicates, cb, root.get("flagged"), filter.flagged());
			equal(predicates, cb, root.get("longTerm"), filter.longTerm());
			if (filter.overdue() != null) {
				Predicate overdue = overdue(root, cb, today);
				predicates.add(filter.overdue() ? overdue : cb.not(overdue));
			}
			if (filter.dueWithinDays() != null) {
				predicates.add(cb.notEqual(root.get("state"), ItemState.SIGNED_OFF));
				predicates.add(cb.between(root.get("deadline"), today, today.plusDays(filter.dueWithinDays())));
			}
			if (present(filter.q())) {
				String pattern = "%" + escapeLike(filter.q().strip().toLowerCase(Locale.ROOT)) + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("findingText")), pattern, '\\'),
						cb.like(cb.lower(root.get("measures")), pattern, '\\'),
						cb.like(cb.lower(root.get("ledgerNumber")), pattern, '\\')));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** Open and past its deadline. */
	static Predicate overdue(Root<RectificationItem> root, CriteriaBuilder cb, LocalDate today) {
		return cb.and(cb.notEqual(root.get("state"), ItemState.SIGNED_OFF), cb.isNotNull(root.get("deadline")),
				cb.lessThan(root.get("deadline"), today));
	}

	private static <T> void equal(List<Predicate> predicates, CriteriaBuilder cb, Path<T> path, Object value) {
		if (value != null) {
			predicates.add(cb.equal(path, value));
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}

package org.rectiflow.rectification;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;

import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the ledger for the supervisors' console, within the caller's scope and the
 * given filters: items by state, open items by warning colour, and overdue items by
 * township, department and category. One grouped query each; no rows are loaded.
 */
@Service
@Transactional(readOnly = true)
public class LedgerStatistics {

	private final LedgerQueries queries;

	private final LedgerClock clock;

	private final EntityManager entityManager;

	LedgerStatistics(LedgerQueries queries, LedgerClock clock, EntityManager entityManager) {
		this.queries = queries;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/** Everything the console's summary shows, in one call. */
	public LedgerSummary summary(LedgerFilter filter, CurrentUser user) {
		return new LedgerSummary(countByState(filter, user), countOpenByColour(filter, user),
				overdueBy(Dimension.TOWNSHIP, filter, user), overdueBy(Dimension.DEPARTMENT, filter, user),
				overdueBy(Dimension.CATEGORY, filter, user));
	}

	public Map<ItemState, Long> countByState(LedgerFilter filter, CurrentUser user) {
		Map<ItemState, Long> counts = new EnumMap<>(ItemState.class);
		for (ItemState state : ItemState.values()) {
			counts.put(state, 0L);
		}
		grouped(filter, user, false, (root) -> root.get("state"), (root) -> root.get("state"))
			.forEach((tuple) -> counts.put((ItemState) tuple.get(0), (Long) tuple.get(2)));
		return counts;
	}

	/** Open (not signed-off) items by warning colour. */
	public Map<WarningColour, Long> countOpenByColour(LedgerFilter filter, CurrentUser user) {
		Map<WarningColour, Long> counts = new EnumMap<>(WarningColour.class);
		for (WarningColour colour : WarningColour.values()) {
			counts.put(colour, 0L);
		}
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<RectificationItem> root = query.from(RectificationItem.class);
		query.multiselect(root.get("colour"), cb.count(root))
			.where(cb.and(this.queries.specification(filter, user).toPredicate(root, query, cb),
					cb.notEqual(root.get("state"), ItemState.SIGNED_OFF)))
			.groupBy(root.get("colour"));
		this.entityManager.createQuery(query)
			.getResultList()
			.forEach((tuple) -> counts.put((WarningColour) tuple.get(0), (Long) tuple.get(1)));
		return counts;
	}

	/** Overdue items grouped by a dimension, most first. */
	public List<GroupCount> overdueBy(Dimension dimension, LedgerFilter filter, CurrentUser user) {
		return grouped(filter, user, true, (root) -> root.get(dimension.key), (root) -> root.get(dimension.name))
			.stream()
			.map((tuple) -> new GroupCount(String.valueOf(tuple.get(0)), String.valueOf(tuple.get(1)),
					(Long) tuple.get(2)))
			.sorted((a, b) -> (a.count() != b.count()) ? Long.compare(b.count(), a.count())
					: a.key().compareTo(b.key()))
			.toList();
	}

	private List<Tuple> grouped(LedgerFilter filter, CurrentUser user, boolean overdueOnly,
			java.util.function.Function<Root<RectificationItem>, Expression<?>> key,
			java.util.function.Function<Root<RectificationItem>, Expression<?>> name) {
		LocalDate today = this.clock.today();
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<RectificationItem> root = query.from(RectificationItem.class);
		var predicate = this.queries.specification(filter, user).toPredicate(root, query, cb);
		if (overdueOnly) {
			predicate = cb.and(predicate, LedgerSpecifications.overdue(root, cb, today));
		}
		Expression<?> keyExpression = key.apply(root);
		Expression<?> nameExpression = name.apply(root);
		query.multiselect(keyExpression, nameExpression, cb.count(root)).where(predicate);
		if (keyExpression.equals(nameExpression)) {
			query.groupBy(keyExpression);
		}
		else {
			query.groupBy(keyExpression, nameExpression);
		}
		return this.entityManager.createQuery(query).getResultList();
	}

	/** What overdue items are grouped by. */
	public enum Dimension {

		TOWNSHIP("townshipCode", "townshipName"), DEPARTMENT("supervisingDeptGroup", "supervisingDeptName"),
		CATEGORY("category", "categoryName");

		private final String key;

		private final String name;

		Dimension(String key, String name) {
			this.key = key;
			this.name = name;
		}

	}

	/** A count for one township, department or category. */
	public record GroupCount(String key, String name, long count) {

	}

	/** The console's summary of the ledger. */
	public record LedgerSummary(Map<ItemState, Long> byState, Map<WarningColour, Long> openByColour,
			List<GroupCount> overdueByTownship, List<GroupCount> overdueByDepartment,
			List<GroupCount> overdueByCategory) {

	}

}

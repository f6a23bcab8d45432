package org.rectiflow.rectification;

import java.time.Duration;
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

import org.rectiflow.common.BusinessDate;
import org.rectiflow.identity.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
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

	private final BusinessDate clock;

	private final EntityManager entityManager;

	private final TrendCache trends;

	LedgerStatistics(LedgerQueries queries, BusinessDate clock, EntityManager entityManager,
			@Value("${rectiflow.console.trend-cache:PT5M}") Duration trendCache) {
		this.queries = queries;
		this.clock = clock;
		this.entityManager = entityManager;
		this.trends = new TrendCache(trendCache);
	}

	/**
	 * How long a weekly trend is kept before it is counted again
	 * ({@code rectiflow.console.trend-cache}; zero: never kept).
	 */
	public Duration trendKeptFor() {
		return this.trends.keep();
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

	/**
	 * What the rectification achieved within the caller's scope: items, items signed off,
	 * money recovered for villagers and matters solved (from the implementation reports).
	 * One aggregate query.
	 */
	public LedgerOutcomes outcomes(CurrentUser user) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<RectificationItem> root = query.from(RectificationItem.class);
		Expression<Integer> signedOff = cb.<Integer>selectCase()
			.when(cb.equal(root.get("state"), ItemState.SIGNED_OFF), 1)
			.otherwise(0);
		query
			.multiselect(cb.count(root), cb.sum(signedOff),
					cb.sum(root.<java.math.BigDecimal>get("moneyRecoveredYuan")),
					cb.sum(root.<Integer>get("mattersSolved")))
			.where(LedgerSpecifications.readableBy(user).toPredicate(root, query, cb));
		Tuple tuple = this.entityManager.createQuery(query).getSingleResult();
		return new LedgerOutcomes(number(tuple.get(0)), number(tuple.get(1)),
				(tuple.get(2) != null) ? new java.math.BigDecimal(tuple.get(2).toString()) : java.math.BigDecimal.ZERO,
				number(tuple.get(3)));
	}

	/**
	 * Weekly trends over the last {@code weeks} weeks (Monday to Sunday, the current week
	 * last), within the caller's scope: items opened, items signed off, and items that
	 * went overdue (their deadline fell in that week and they were not signed off by
	 * then). One aggregate query with one sum per week and series, kept for
	 * {@code rectiflow.console.trend-cache} (5 minutes) per scope.
	 */
	public WeeklyTrend weekly(int weeks, CurrentUser user) {
		if (weeks < 1 || weeks > 53) {
			throw new IllegalArgumentException("weeks must be 1..53");
		}
		LocalDate today = this.clock.today();
		return this.trends.get(weeks, today, user, () -> computeWeekly(weeks, today, user));
	}

	private WeeklyTrend computeWeekly(int weeks, LocalDate today, CurrentUser user) {
		LocalDate first = today.with(java.time.DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
		List<LocalDate> starts = new java.util.ArrayList<>();
		for (int week = 0; week < weeks; week++) {
			starts.add(first.plusWeeks(week));
		}
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<RectificationItem> root = query.from(RectificationItem.class);
		List<jakarta.persistence.criteria.Selection<?>> sums = new java.util.ArrayList<>();
		for (LocalDate start : starts) {
			LocalDate end = start.plusWeeks(1);
			java.time.Instant from = start.atStartOfDay(this.clock.zone()).toInstant();
			java.time.Instant to = end.atStartOfDay(this.clock.zone()).toInstant();
			sums.add(sumWhen(cb, cb.and(cb.greaterThanOrEqualTo(root.get("createdAt"), from),
					cb.lessThan(root.get("createdAt"), to))));
			sums.add(sumWhen(cb, cb.and(cb.greaterThanOrEqualTo(root.get("signedOffOn"), start),
					cb.lessThan(root.get("signedOffOn"), end))));
			// overdue from the day after the deadline, and only up to today
			LocalDate deadlineBefore = end.minusDays(1).isAfter(today) ? today : end.minusDays(1);
			sums.add(sumWhen(cb,
					cb.and(cb.greaterThanOrEqualTo(root.get("deadline"), start.minusDays(1)),
							cb.lessThan(root.get("deadline"), deadlineBefore),
							cb.or(cb.notEqual(root.get("state"), ItemState.SIGNED_OFF),
									cb.greaterThan(root.get("signedOffOn"), root.get("deadline"))))));
		}
		// only the items that can count in some week: the sums are the same, the rows
		// read far fewer
		java.time.Instant windowStart = first.atStartOfDay(this.clock.zone()).toInstant();
		jakarta.persistence.criteria.Predicate inWindow = cb.or(
				cb.greaterThanOrEqualTo(root.get("createdAt"), windowStart),
				cb.greaterThanOrEqualTo(root.get("signedOffOn"), first),
				cb.greaterThanOrEqualTo(root.get("deadline"), first.minusDays(1)));
		query.multiselect(sums)
			.where(cb.and(inWindow, LedgerSpecifications.readableBy(user).toPredicate(root, query, cb)));
		Tuple tuple = this.entityManager.createQuery(query).getSingleResult();
		long[] opened = new long[weeks];
		long[] signedOff = new long[weeks];
		long[] overdue = new long[weeks];
		for (int week = 0; week < weeks; week++) {
			opened[week] = number(tuple.get(week * 3));
			signedOff[week] = number(tuple.get(week * 3 + 1));
			overdue[week] = number(tuple.get(week * 3 + 2));
		}
		return new WeeklyTrend(List.copyOf(starts), opened, signedOff, overdue);
	}

	private static Expression<Integer> sumWhen(CriteriaBuilder cb, jakarta.persistence.criteria.Predicate condition) {
		return cb.sum(cb.<Integer>selectCase().when(condition, 1).otherwise(0));
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0L;
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

	/**
	 * What the rectification achieved.
	 *
	 * @param items items in scope
	 * @param signedOff items signed off
	 * @param moneyRecoveredYuan money recovered for villagers, yuan
	 * @param mattersSolved matters solved for villagers
	 */
	public record LedgerOutcomes(long items, long signedOff, java.math.BigDecimal moneyRecoveredYuan,
			long mattersSolved) {

	}

	/**
	 * Weekly counts, oldest week first.
	 *
	 * @param weekStarts the Monday of each week
	 * @param opened items opened in the week
	 * @param signedOff items signed off in the week
	 * @param wentOverdue items whose deadline passed in the week without sign-off by then
	 */
	public record WeeklyTrend(List<LocalDate> weekStarts, long[] opened, long[] signedOff, long[] wentOverdue) {

	}

	/** The console's summary of the ledger. */
	public record LedgerSummary(Map<ItemState, Long> byState, Map<WarningColour, Long> openByColour,
			List<GroupCount> overdueByTownship, List<GroupCount> overdueByDepartment,
			List<GroupCount> overdueByCategory) {

	}

}

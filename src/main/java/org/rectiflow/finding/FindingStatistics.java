package org.rectiflow.finding;

import java.math.BigDecimal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the seeds quote, within the caller's scope (the rule of
 * {@link Finding#readableBy}): problems found and fixes on the spot with the money they
 * recovered. Aggregate queries only.
 */
@Service
@Transactional(readOnly = true)
public class FindingStatistics {

	private final EntityManager entityManager;

	FindingStatistics(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public FindingSummary summary(CurrentUser user) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> found = cb.createQuery(Long.class);
		Root<Finding> finding = found.from(Finding.class);
		found.select(cb.count(finding))
			.where(scope(cb, user, finding.get("scope").get("unitGroupId"), finding.get("scope").get("townshipGroupId"),
					finding.get("scope").get("teamGroupId"), finding.get("supervisingDeptGroupId")));
		long problems = this.entityManager.createQuery(found).getSingleResult();

		CriteriaQuery<Tuple> fixes = cb.createTupleQuery();
		Root<ImmediateFix> fix = fixes.from(ImmediateFix.class);
		fixes.multiselect(cb.count(fix), cb.sum(fix.<BigDecimal>get("moneyRecoveredYuan")))
			.where(cb.and(cb.equal(fix.get("state"), FixState.VERIFIED),
					scope(cb, user, fix.get("scope").get("unitGroupId"), fix.get("scope").get("townshipGroupId"),
							fix.get("scope").get("teamGroupId"))));
		Tuple verified = this.entityManager.createQuery(fixes).getSingleResult();
		Object money = verified.get(1);
		return new FindingSummary(problems, ((Number) verified.get(0)).longValue(),
				(money != null) ? new BigDecimal(money.toString()) : BigDecimal.ZERO);
	}

	private static Predicate scope(CriteriaBuilder cb, CurrentUser user,
			jakarta.persistence.criteria.Path<?>... groups) {
		if (user.readsAll()) {
			return cb.conjunction();
		}
		if (user.groups().isEmpty()) {
			return cb.disjunction();
		}
		Predicate[] any = new Predicate[groups.length];
		for (int i = 0; i < groups.length; i++) {
			any[i] = groups[i].in(user.groups());
		}
		return cb.or(any);
	}

	/**
	 * @param problemsFound findings registered by inspections (问题)
	 * @param fixedOnTheSpot fixes on the spot verified by the team (立行立改)
	 * @param fixMoneyRecoveredYuan money those fixes recovered for villagers, yuan
	 */
	public record FindingSummary(long problemsFound, long fixedOnTheSpot, BigDecimal fixMoneyRecoveredYuan) {

	}

}

package org.rectiflow.transfer;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of problem clues for the console: how many were transferred to the discipline
 * commission and how many became cases. Clues are confidential (see
 * {@link Clue#readableBy}): only those who read every clue get the counts.
 */
@Service
@Transactional(readOnly = true)
public class TransferStatistics {

	private final EntityManager entityManager;

	TransferStatistics(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The counts, or empty when the caller may not read clues in general. */
	public Optional<ClueSummary> clues(CurrentUser user) {
		if (!user.inAnyGroup(GroupIds.INSPECTION_OFFICE, GroupIds.LEADING_GROUP, GroupIds.DISCIPLINE_COMMISSION,
				GroupIds.CAMUNDA_ADMIN)) {
			return Optional.empty();
		}
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Clue> clue = query.from(Clue.class);
		query.multiselect(cb
			.sum(cb.<Integer>selectCase().when(cb.notEqual(clue.get("state"), ClueState.RECORDED), 1).otherwise(0)),
				cb.sum(cb.<Integer>selectCase().when(cb.isTrue(clue.get("becameCase")), 1).otherwise(0)));
		Tuple tuple = this.entityManager.createQuery(query).getSingleResult();
		return Optional.of(new ClueSummary(number(tuple.get(0)), number(tuple.get(1))));
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0L;
	}

	/**
	 * @param transferred clues transferred to the discipline commission
	 * @param becameCases of those, how many became cases (立案)
	 */
	public record ClueSummary(long transferred, long becameCases) {

	}

}

package org.rectiflow.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.rectification.LedgerFilter;
import org.rectiflow.rectification.LedgerQueries;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The villagers' side: what the public page shows and the one answer a token (or a
 * device, by the shared link) may give. Spending the token and storing the answer happen
 * in one transaction, and the answer names neither the token nor the person.
 */
@Service
@Transactional
class Ballots {

	/** The public page reads the unit's items as the office would (only plain fields). */
	private static final CurrentUser PUBLIC_PAGE = new CurrentUser("evaluation-public-page",
			Set.of(GroupIds.INSPECTION_OFFICE));

	private final EvaluationRepository evaluations;

	private final AnswerStore answers;

	private final LedgerQueries ledger;

	Ballots(EvaluationRepository evaluations, AnswerStore answers, LedgerQueries ledger) {
		this.evaluations = evaluations;
		this.answers = answers;
		this.ledger = ledger;
	}

	/** The evaluation a token opens, if the token may still answer. */
	@Transactional(readOnly = true)
	public Evaluation byToken(String token) {
		AnswerStore.TokenRow row = tokenRow(token);
		Evaluation evaluation = this.evaluations.findById(row.evaluationId())
			.orElseThrow(PublicPageException::notFound);
		if (!evaluation.acceptsAnswers(Evaluations.now())) {
			throw PublicPageException.closed();
		}
		if (row.spent()) {
			throw PublicPageException.used();
		}
		return evaluation;
	}

	@Transactional(readOnly = true)
	public Evaluation bySharedCode(String code) {
		if (!Tokens.wellFormed(code)) {
			throw PublicPageException.notFound();
		}
		Evaluation evaluation = this.evaluations.findBySharedCode(code).orElseThrow(PublicPageException::notFound);
		if (!evaluation.acceptsAnswers(Evaluations.now())) {
			throw PublicPageException.closed();
		}
		if (evaluation.getSharedAnswers() >= evaluation.getMaxSharedAnswers()) {
			throw PublicPageException.sharedLimitReached();
		}
		return evaluation;
	}

	/** The unit's rectification items in plain words, for the villagers to judge. */
	@Transactional(readOnly = true)
	public List<PublicItem> items(Evaluation evaluation) {
		List<PublicItem> items = new ArrayList<>();
		long inspectionId;
		try {
			inspectionId = Long.parseLong(evaluation.getInspectionKey());
		}
		catch (NumberFormatException ex) {
			return items;
		}
		LedgerFilter filter = new LedgerFilter(null, inspectionId, null, null, null, null, null, null, null, null, null,
				null, null);
		this.ledger.forEach(filter, Sort.by("id"), PUBLIC_PAGE,
				(item) -> items.add(new PublicItem(item.getFindingText(), item.getMeasures(), item.getState().label(),
						item.getCategoryName())));
		return items;
	}

	/** Answers with a one-time token; the token is spent in the same transaction. */
	public void answerWithToken(String token, Map<String, String[]> form) {
		Evaluation evaluation = byToken(token);
		Answer answer = Answer.parse(evaluation.getQuestionnaire(), form);
		if (!this.answers.lockOpen(evaluation.getId())) {
			throw PublicPageException.closed();
		}
		if (!this.answers.spend(Tokens.hash(token))) {
			throw PublicPageException.used();
		}
		this.answers.insertAnswer(evaluation.getId(), answer.scores(), answer.comment());
	}

	/**
	 * Answers by the shared link, counted against the evaluation's cap. Whether this
	 * device answered before is the caller's (cookie) business; nothing here knows.
	 */
	public void answerShared(String code, Map<String, String[]> form) {
		Evaluation evaluation = bySharedCode(code);
		Answer answer = Answer.parse(evaluation.getQuestionnaire(), form);
		if (!this.answers.lockOpen(evaluation.getId())) {
			throw PublicPageException.closed();
		}
		if (!this.answers.claimSharedAnswer(evaluation.getId())) {
			throw PublicPageException.sharedLimitReached();
		}
		this.answers.insertAnswer(evaluation.getId(), answer.scores(), answer.comment());
	}

	private AnswerStore.TokenRow tokenRow(String token) {
		if (!Tokens.wellFormed(token)) {
			throw PublicPageException.notFound();
		}
		return this.answers.token(Tokens.hash(token)).orElseThrow(PublicPageException::notFound);
	}

	/** One rectified item as the public page shows it. */
	record PublicItem(String finding, String measures, String state, String category) {
	}

}

package org.rectiflow.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection office's side of an evaluation: reading it, printing tokens, closing it
 * by hand; and the closing at the deadline that the round's timer asks for. Closing
 * aggregates the answers, decides the verdict by the settings and sends it into the round
 * ({@code EvaluationClosed}, or the closer's variables on the timer path).
 */
@Service
@Transactional
class Evaluations {

	/** The name a closing by the round's timer is recorded under. */
	static final String TIMER = "timer";

	private final EvaluationRepository evaluations;

	private final AnswerStore answers;

	private final EvaluationProperties properties;

	private final RuntimeService runtime;

	private final EntityManager entityManager;

	Evaluations(EvaluationRepository evaluations, AnswerStore answers, EvaluationProperties properties,
			RuntimeService runtime, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.evaluations = evaluations;
		this.answers = answers;
		this.properties = properties;
		this.runtime = runtime;
	}

	@Transactional(readOnly = true)
	public List<Evaluation> list(CurrentUser user) {
		requireOffice(user);
		return this.evaluations.findAllByOrderByOpenedAtDescIdDesc();
	}

	@Transactional(readOnly = true)
	public Evaluation get(long id, CurrentUser user) {
		requireOffice(user);
		return find(id);
	}

	/** The numbers so far (open) or at closing (closed). */
	@Transactional(readOnly = true)
	public Aggregation aggregate(Evaluation evaluation) {
		return Aggregation.of(evaluation.getQuestionnaire(), this.answers.scores(evaluation.getId()));
	}

	@Transactional(readOnly = true)
	public List<String> comments(Evaluation evaluation) {
		return this.answers.comments(evaluation.getId());
	}

	/**
	 * The QR tokens answered with: while open, the spent tokens; once closed (the token
	 * hashes are dropped) the answers not given through the shared link.
	 */
	@Transactional(readOnly = true)
	public int spentTokens(Evaluation evaluation) {
		if (evaluation.getState() == EvaluationState.OPEN) {
			return this.answers.spentTokens(evaluation.getId());
		}
		return Math.max(0, this.answers.answerCount(evaluation.getId()) - evaluation.getSharedAnswers());
	}

	/**
	 * Issues a batch of one-time tokens for printing. The plain tokens exist only in the
	 * answer to this call; the database keeps their hashes.
	 */
	public List<String> issueTokens(long id, int count, CurrentUser user) {
		requireOffice(user);
		Evaluation evaluation = find(id);
		if (!evaluation.acceptsAnswers(now())) {
			throw new RuleViolationException("测评未在进行中，不能再生成二维码 / The evaluation is not open");
		}
		if (count < 1 || count > this.properties.getMaxTokensPerBatch()) {
			throw new IllegalArgumentException("每次可生成 1 至 " + this.properties.getMaxTokensPerBatch() + " 个二维码 / 1 to "
					+ this.properties.getMaxTokensPerBatch() + " tokens per batch");
		}
		Integer target = evaluation.getTargetCount();
		if (target != null && evaluation.getTokensIssued() + count > target) {
			throw new RuleViolationException("已生成 " + evaluation.getTokensIssued() + " 个，最多还能生成 "
					+ (target - evaluation.getTokensIssued()) + " 个(拟邀请 " + target + " 人) / at most "
					+ (target - evaluation.getTokensIssued()) + " more tokens");
		}
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tokens.add(Tokens.newToken());
		}
		this.answers.insertTokens(evaluation.getId(), tokens.stream().map(Tokens::hash).toList());
		evaluation.tokensIssued(count);
		return tokens;
	}

	/** Whether a token is one of this evaluation's (to draw its QR code again). */
	@Transactional(readOnly = true)
	public boolean belongsTo(Evaluation evaluation, String token) {
		return Tokens.wellFormed(token) && this.answers.token(Tokens.hash(token))
			.map((row) -> row.evaluationId() == evaluation.getId())
			.orElse(false);
	}

	/**
	 * Closes by hand and sends the verdict into the round. Closing twice is harmless: the
	 * second call finds it closed and answers its result.
	 */
	public Evaluation closeByHand(long id, CurrentUser user) {
		requireOffice(user);
		Evaluation evaluation = find(id);
		if (evaluation.getState() == EvaluationState.CLOSED) {
			return evaluation;
		}
		if (evaluation.getState() != EvaluationState.OPEN) {
			throw new RuleViolationException(
					"测评已截止且答卷不足，请在待办任务「测评答卷不足」中延长测评 / The deadline passed with too few answers: extend it in the task");
		}
		int count = this.answers.answerCount(id);
		if (count < this.properties.getMinAnswers()) {
			throw new RuleViolationException("目前仅有 " + count + " 份答卷，少于有效测评所需的 " + this.properties.getMinAnswers()
					+ " 份，暂不能结束测评；请等待更多群众参评 / Only " + count + " answers, " + this.properties.getMinAnswers()
					+ " needed");
		}
		if (!this.answers.transition(id, EvaluationState.OPEN, EvaluationState.CLOSED)) {
			// closed meanwhile by the timer or a colleague: theirs is the result
			return reloaded(evaluation);
		}
		Evaluation closed = close(evaluation, user.userId());
		try {
			this.runtime.createMessageCorrelation("EvaluationClosed")
				.processInstanceBusinessKey(closed.getInspectionKey())
				.setVariable("evaluationVerdict", closed.getVerdict())
				.setVariable("satisfactionScore", closed.getSatisfactionScore())
				.correlate();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new RuleViolationException("该巡察流程当前不在等待测评结果，无法结束测评 / The round is not waiting for this evaluation");
		}
		return closed;
	}

	/**
	 * The round's deadline timer: closes with a result when there are enough answers;
	 * otherwise the evaluation expires (no result) and the office decides in the round.
	 * @return the closed evaluation, or {@code null} when it expired for too few answers
	 */
	Evaluation closeAtDeadline(long id) {
		Evaluation evaluation = find(id);
		if (evaluation.getState() == EvaluationState.CLOSED) {
			return evaluation;
		}
		if (this.answers.answerCount(id) < this.properties.getMinAnswers()) {
			this.answers.transition(id, EvaluationState.OPEN, EvaluationState.EXPIRED);
			evaluation.expire();
			return null;
		}
		if (!this.answers.transition(id, EvaluationState.OPEN, EvaluationState.CLOSED)) {
			return reloaded(evaluation);
		}
		return close(evaluation, TIMER);
	}

	int answerCount(long id) {
		return this.answers.answerCount(id);
	}

	private Evaluation close(Evaluation evaluation, String by) {
		Aggregation result = aggregate(evaluation);
		evaluation.close(result, verdict(result), now(), by);
		this.evaluations.saveAndFlush(evaluation);
		// the hashes are useless once no answer can come; dropping them removes any
		// trace of which tokens were used
		this.answers.dropTokens(evaluation.getId());
		return evaluation;
	}

	/** GOOD / FAIR / POOR from the share of satisfied answers and the settings. */
	String verdict(Aggregation result) {
		if (result.satisfiedShare() < this.properties.getPoorBelow()) {
			return "POOR";
		}
		if (result.satisfiedShare() < this.properties.getFairBelow()) {
			return "FAIR";
		}
		return "GOOD";
	}

	private Evaluation reloaded(Evaluation evaluation) {
		this.entityManager.refresh(evaluation);
		return evaluation;
	}

	private Evaluation find(long id) {
		return this.evaluations.findById(id).orElseThrow(() -> new RecordNotFoundException("测评 / evaluation", id));
	}

	static void requireOffice(CurrentUser user) {
		if (!user.isInspectionOffice()) {
			throw new AccessRefusedException("仅巡察办可以管理群众满意度测评 / Only the inspection office manages evaluations");
		}
	}

	static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}

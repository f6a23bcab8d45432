package org.rectiflow.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Tokens and answers, written with plain SQL so that what is stored is exactly what is
 * written here: a token row holds its hash and whether it is spent; an answer row holds a
 * random UUID, the evaluation, the scores and the comment. Nothing else.
 */
@Repository
class AnswerStore {

	private final JdbcTemplate jdbc;

	AnswerStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insertTokens(long evaluationId, List<String> hashes) {
		this.jdbc.batchUpdate("insert into evaluation_token (token_hash, evaluation_id, spent) values (?, ?, false)",
				hashes.stream().map((hash) -> new Object[] { hash, evaluationId }).toList());
	}

	/** The evaluation a token belongs to and whether it is spent, if it exists. */
	Optional<TokenRow> token(String hash) {
		return this.jdbc
			.query("select evaluation_id, spent from evaluation_token where token_hash = ?",
					(rs, row) -> new TokenRow(rs.getLong(1), rs.getBoolean(2)), hash)
			.stream()
			.findFirst();
	}

	/**
	 * Spends a token if it is not spent yet: a conditional update, so of two submissions
	 * at the same instant only one changes the row (the other waits for its lock and then
	 * finds it spent).
	 * @return whether this call spent it
	 */
	boolean spend(String hash) {
		return this.jdbc.update("update evaluation_token set spent = true where token_hash = ? and spent = false",
				hash) == 1;
	}

	/**
	 * Locks the evaluation's row for this transaction if it is still open. An answer
	 * takes this lock before it is stored, and closing changes the state under the same
	 * lock, so an answer either commits before the closing counts or finds the evaluation
	 * closed: none is stored after the result.
	 * @return whether the evaluation is open
	 */
	boolean lockOpen(long evaluationId) {
		return this.jdbc.update("update evaluation set state = state where id = ? and state = 'OPEN'",
				evaluationId) == 1;
	}

	/**
	 * Counts one answer by the shared link if the evaluation's cap allows it (conditional
	 * update, safe under concurrency).
	 */
	boolean claimSharedAnswer(long evaluationId) {
		return this.jdbc.update(
				"update evaluation set shared_answers = shared_answers + 1 where id = ? and shared_answers < max_shared_answers",
				evaluationId) == 1;
	}

	void insertAnswer(long evaluationId, int[] scores, String comment) {
		this.jdbc.update(
				"insert into evaluation_answer (id, evaluation_id, scores, answer_comment) values (?, ?, ?, ?)",
				UUID.randomUUID().toString(), evaluationId, join(scores), comment);
	}

	List<int[]> scores(long evaluationId) {
		return this.jdbc.query("select scores from evaluation_answer where evaluation_id = ?",
				(rs, row) -> Arrays.stream(rs.getString(1).split(",")).mapToInt(Integer::parseInt).toArray(),
				evaluationId);
	}

	/**
	 * The non-empty comments, in the order of the answers' random ids (no time order).
	 */
	List<String> comments(long evaluationId) {
		return this.jdbc.queryForList(
				"select answer_comment from evaluation_answer where evaluation_id = ? and answer_comment is not null order by id",
				String.class, evaluationId);
	}

	int answerCount(long evaluationId) {
		Integer count = this.jdbc.queryForObject("select count(*) from evaluation_answer where evaluation_id = ?",
				Integer.class, evaluationId);
		return (count != null) ? count : 0;
	}

	int spentTokens(long evaluationId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from evaluation_token where evaluation_id = ? and spent = true", Integer.class,
				evaluationId);
		return (count != null) ? count : 0;
	}

	/**
	 * Moves the evaluation from one state to another unless someone else moved it first:
	 * of a close by hand and by the timer at the same moment, exactly one wins (the other
	 * waits for the row lock, then changes nothing).
	 */
	boolean transition(long evaluationId, EvaluationState from, EvaluationState to) {
		return this.jdbc.update("update evaluation set state = ? where id = ? and state = ?", to.name(), evaluationId,
				from.name()) == 1;
	}

	/** Removes the spent/unspent token hashes once the evaluation is closed for good. */
	void dropTokens(long evaluationId) {
		this.jdbc.update("delete from evaluation_token where evaluation_id = ?", evaluationId);
	}

	private static String join(int[] scores) {
		StringBuilder text = new StringBuilder();
		for (int score : scores) {
			if (!text.isEmpty()) {
				text.append(',');
			}
			text.append(score);
		}
		return text.toString();
	}

	record TokenRow(long evaluationId, boolean spent) {
	}

}

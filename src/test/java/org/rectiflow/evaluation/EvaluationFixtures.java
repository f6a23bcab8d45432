package org.rectiflow.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.rectiflow.identity.CurrentUser;
import org.rectiflow.support.TestClock;
import org.rectiflow.support.Unique;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluations for tests, opened as the round's opener would (without the round), and
 * tokens issued as the office would.
 */
@Component
public class EvaluationFixtures {

	static final CurrentUser OFFICE = new CurrentUser("inspection-office", Set.of("inspection-office"));

	private final EvaluationRepository evaluations;

	private final EvaluationProperties properties;

	private final Evaluations service;

	private final TransactionTemplate transaction;

	EvaluationFixtures(EvaluationRepository evaluations, EvaluationProperties properties, Evaluations service,
			TransactionTemplate transaction) {
		this.evaluations = evaluations;
		this.properties = properties;
		this.service = service;
		this.transaction = transaction;
	}

	/** An open evaluation of a (made-up) inspection, closing in 10 days. */
	public Evaluation open(String inspectionKey, int maxShared) {
		return this.transaction.execute((status) -> {
			LocalDate closesOn = TestClock.today().plusDays(10);
			Evaluation evaluation = new Evaluation(inspectionKey, "测试村" + inspectionKey, "village-t01v01",
					"township-t01", closesOn, null, null, null, TestClock.now());
			evaluation.open(this.properties.defaultQuestionnaire(), closesOn,
					closesOn.atTime(23, 59, 59).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), 1000, maxShared,
					"请村民扫码评议");
			if (maxShared > 0) {
				evaluation.enableSharedLink(Tokens.newToken());
			}
			return this.evaluations.save(evaluation);
		});
	}

	public Evaluation open() {
		return open(Unique.code("EV"), 0);
	}

	/**
	 * An evaluation the office already closed by hand with ten answers, all 满意 (closing
	 * it again answers its result).
	 */
	public Evaluation closed() {
		Evaluation opened = open();
		return this.transaction.execute((status) -> {
			Evaluation evaluation = this.evaluations.findById(opened.getId()).orElseThrow();
			int[] allFive = new int[evaluation.getQuestionnaire().dimensions().size()];
			java.util.Arrays.fill(allFive, 5);
			evaluation.close(Aggregation.of(evaluation.getQuestionnaire(), java.util.Collections.nCopies(10, allFive)),
					"GOOD", TestClock.now(), OFFICE.userId());
			return this.evaluations.save(evaluation);
		});
	}

	public List<String> tokens(Evaluation evaluation, int count) {
		return this.service.issueTokens(evaluation.getId(), count, OFFICE);
	}

	Evaluation reload(Evaluation evaluation) {
		return this.evaluations.findById(evaluation.getId()).orElseThrow();
	}

}

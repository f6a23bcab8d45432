package org.rectiflow.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rectiflow.identity.CurrentUser;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Villagers' answers for the demo scenario ({@code console.DemoScenario}, profile
 * {@code demo} only): the office prints one-time QR codes and villagers answer with them,
 * through the same services as the public page.
 */
@Component
@Profile("demo")
public class DemoAnswers {

	private static final List<String> DIMENSIONS = List.of("responsibility", "measures", "solved", "effect", "openness",
			"overall");

	private final Evaluations evaluations;

	private final Ballots ballots;

	DemoAnswers(Evaluations evaluations, Ballots ballots) {
		this.evaluations = evaluations;
		this.ballots = ballots;
	}

	/**
	 * Issues {@code count} tokens of an open evaluation and answers with each: mostly
	 * "very good", some "good".
	 * @param evaluationId the open evaluation
	 * @param count how many villagers answer
	 * @param office the inspection office, which prints the codes
	 */
	public void answer(long evaluationId, int count, CurrentUser office) {
		List<String> tokens = this.evaluations.issueTokens(evaluationId, count, office);
		for (int i = 0; i < tokens.size(); i++) {
			Map<String, String[]> form = new HashMap<>();
			for (int d = 0; d < DIMENSIONS.size(); d++) {
				int score = ((i + d) % 4 == 3) ? 4 : 5;
				form.put("score_" + DIMENSIONS.get(d), new String[] { String.valueOf(score) });
			}
			this.ballots.answerWithToken(tokens.get(i), form);
		}
	}

}

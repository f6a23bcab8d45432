package org.rectiflow.evaluation;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public query other pages use: a unit's latest result (for those who may read the
 * unit) and the county's average over each unit's latest closed evaluation.
 */
@ApiTest
class EvaluationResultsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EvaluationResults results;

	@Autowired
	private EvaluationFixtures fixtures;

	@Autowired
	private Evaluations evaluations;

	@Autowired
	private Ballots ballots;

	@Test
	void theLatestResultOfAUnitAndTheCountyAverage() throws Exception {
		Evaluation evaluation = this.fixtures.open();
		EvaluationResults.UnitResult open = this.results.latestForUnit("village-t01v01").orElseThrow();
		assertThat(open.evaluationId()).isEqualTo(evaluation.getId());
		assertThat(open.stateLabel()).isEqualTo("测评中");
		assertThat(open.verdict()).isNull();

		List<String> tokens = this.fixtures.tokens(evaluation, 10);
		for (int i = 0; i < tokens.size(); i++) {
			this.ballots.answerWithToken(tokens.get(i), EvaluationPublicPageTests.form(4, 4, 4, 4, 4, (i < 9) ? 5 : 3));
		}
		this.evaluations.closeAtDeadline(evaluation.getId());
		EvaluationResults.UnitResult closed = this.results.latestForUnit("village-t01v01").orElseThrow();
		assertThat(closed.verdict()).isEqualTo("GOOD");
		assertThat(closed.verdictLabel()).isEqualTo("好");
		assertThat(closed.satisfactionScore()).isEqualTo(90.0);
		assertThat(closed.answerCount()).isEqualTo(10);

		assertThat(this.results.latestForUnit("village-t01v01", new CurrentUser("t", Set.of("township-t01"))))
			.isPresent();
		assertThat(this.results.latestForUnit("village-t01v01", new CurrentUser("t", Set.of("township-t02"))))
			.isEmpty();
		assertThat(this.results.latestForUnit("village-nowhere")).isEmpty();

		String unitPage = this.mvc
			.perform(get("/console/units/T01V01").with(user("inspection-office").authorities(
					new org.springframework.security.core.authority.SimpleGrantedAuthority("inspection-office"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unitPage).contains("群众满意度测评", "满意度 <strong>90.0%</strong>");
		String dashboard = this.mvc
			.perform(get("/console").with(user("inspection-office").authorities(
					new org.springframework.security.core.authority.SimpleGrantedAuthority("inspection-office"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dashboard).containsPattern("id=\"stat-satisfaction\">[0-9.]+%<");

		EvaluationResults.CountySummary county = this.results.county();
		assertThat(county.evaluated()).isGreaterThanOrEqualTo(1);
		assertThat(county.good()).isGreaterThanOrEqualTo(1);
		assertThat(county.averageSatisfaction()).isBetween(0.0, 100.0);
	}

}

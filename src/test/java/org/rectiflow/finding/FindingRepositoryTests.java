package org.rectiflow.finding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The finding tables on the database the suite runs on (H2 or PostgreSQL). */
@ApiTest
class FindingRepositoryTests {

	@Autowired
	private FindingRepository findings;

	@Autowired
	private RoundFixtures rounds;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void storesAFindingWithItsLinksMoneyAndCopiesAndNumbersItWithinItsInspection() {
		Inspection inspection = this.rounds.inspection("inspection-team-3");
		assertThat(this.findings.maxSeqNo(inspection.getId())).isZero();
		Finding saved = this.findings
			.saveAndFlush(new Finding(inspection, 1, content("甲"), null, "tester", TestClock.now()));
		assertThat(this.findings.maxSeqNo(inspection.getId())).isOne();
		assertThat(this.findings.findByInspectionIdAndSeqNo(inspection.getId(), 1)).isPresent();
		Finding loaded = this.findings.findById(saved.getId()).orElseThrow();
		assertThat(loaded.getChecklistItemIds()).containsExactlyInAnyOrder(1L, 31L);
		assertThat(loaded.getMoneyRecoveredYuan()).isEqualByComparingTo("12.30");
		assertThat(loaded.getTeamGroupId()).isEqualTo("inspection-team-3");
		assertThat(this.jdbc.queryForObject("select count(*) from finding_checklist_item where finding_id = ?",
				Integer.class, saved.getId()))
			.isEqualTo(2);
	}

	@Test
	void theDatabaseRefusesASecondFindingWithTheSameNumberOrOrigin() {
		Inspection inspection = this.rounds.inspection("inspection-team-3");
		this.findings.saveAndFlush(
				new Finding(inspection, 1, content("甲"), "origin-" + inspection.getId(), "tester", TestClock.now()));
		assertThatThrownBy(() -> this.findings
			.saveAndFlush(new Finding(inspection, 1, content("乙"), null, "tester", TestClock.now())))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.findings.saveAndFlush(
				new Finding(inspection, 2, content("丙"), "origin-" + inspection.getId(), "tester", TestClock.now())))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private static FindingContent content(String text) {
		return new FindingContent(text, FindingCategory.OTHER, Set.of(1L, 31L), FindingSource.VISIT, Severity.GENERAL,
				"dept-water", new BigDecimal("12.3"));
	}

}

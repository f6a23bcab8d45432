package org.rectiflow.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

import org.rectiflow.evaluation.EvaluationResults;
import org.rectiflow.finding.FindingStatistics;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.LedgerFilter;
import org.rectiflow.rectification.LedgerStatistics;
import org.rectiflow.transfer.TransferStatistics;
import org.rectiflow.unit.UnitOverview;

import org.springframework.stereotype.Service;

/**
 * Everything the dashboard (驾驶舱) shows, within the caller's scope, from aggregate queries
 * of the modules that own the records.
 */
@Service
class Dashboard {

	/** Weeks of the trend chart. */
	static final int WEEKS = 12;

	/** Units listed by name among those not yet inspected in this term. */
	static final int UNITS_LISTED = 12;

	private final LedgerStatistics ledger;

	private final FindingStatistics findings;

	private final TransferStatistics transfers;

	private final UnitOverview units;

	private final EvaluationResults evaluations;

	Dashboard(LedgerStatistics ledger, FindingStatistics findings, TransferStatistics transfers, UnitOverview units,
			EvaluationResults evaluations) {
		this.evaluations = evaluations;
		this.ledger = ledger;
		this.findings = findings;
		this.transfers = transfers;
		this.units = units;
	}

	View of(CurrentUser user) {
		LedgerStatistics.LedgerSummary summary = this.ledger.summary(LedgerFilter.none(), user);
		LedgerStatistics.LedgerOutcomes outcomes = this.ledger.outcomes(user);
		FindingStatistics.FindingSummary found = this.findings.summary(user);
		long overdue = summary.overdueByTownship().stream().mapToLong(LedgerStatistics.GroupCount::count).sum();
		return new View(summary, overdue, this.ledger.weekly(WEEKS, user), outcomes, found, this.transfers.clues(user),
				found.fixMoneyRecoveredYuan().add(outcomes.moneyRecoveredYuan()),
				this.units.notInspectedInTerm(user, UNITS_LISTED), satisfaction());
	}

	/**
	 * The villagers' satisfaction in percent: the county's average over each unit's
	 * latest closed evaluation; empty before the first evaluation closes.
	 */
	Optional<BigDecimal> satisfaction() {
		EvaluationResults.CountySummary county = this.evaluations.county();
		if (county.evaluated() == 0) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(county.averageSatisfaction()).setScale(1, RoundingMode.HALF_UP));
	}

	/**
	 * What the trend chart says of its freshness, e.g. 每 5 分钟更新; null when the trend is
	 * counted on every request.
	 */
	String trendRefreshLabel() {
		Duration kept = this.ledger.trendKeptFor();
		if (kept.isZero()) {
			return null;
		}
		return (kept.toSeconds() % 60 == 0) ? "每 " + kept.toMinutes() + " 分钟更新" : "每 " + kept.toSeconds() + " 秒更新";
	}

	/**
	 * @param overdue open items past their deadline
	 * @param clues clue counts, empty for those who may not read clues
	 * @param moneyRecoveredYuan recovered for villagers: ledger items' implementation
	 * reports plus verified fixes on the spot
	 * @param satisfaction the villagers' satisfaction in percent, empty until an
	 * evaluation closes
	 */
	record View(LedgerStatistics.LedgerSummary summary, long overdue, LedgerStatistics.WeeklyTrend trend,
			LedgerStatistics.LedgerOutcomes outcomes, FindingStatistics.FindingSummary findings,
			Optional<TransferStatistics.ClueSummary> clues, BigDecimal moneyRecoveredYuan,
			UnitOverview.NotInspected notInspected, Optional<BigDecimal> satisfaction) {

	}

}

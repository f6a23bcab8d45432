package org.rectiflow.console;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

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

	Dashboard(LedgerStatistics ledger, FindingStatistics findings, TransferStatistics transfers, UnitOverview units) {
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
				this.units.notInspectedInTerm(user, UNITS_LISTED));
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
	 * @param satisfaction the villagers' satisfaction score, empty until the evaluation
	 * module records answers
	 */
	record View(LedgerStatistics.LedgerSummary summary, long overdue, LedgerStatistics.WeeklyTrend trend,
			LedgerStatistics.LedgerOutcomes outcomes, FindingStatistics.FindingSummary findings,
			Optional<TransferStatistics.ClueSummary> clues, BigDecimal moneyRecoveredYuan,
			UnitOverview.NotInspected notInspected) {

		public Optional<BigDecimal> satisfaction() {
			return Optional.empty();
		}

	}

}

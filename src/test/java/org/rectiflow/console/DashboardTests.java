package org.rectiflow.console;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.rectiflow.evaluation.EvaluationResults;
import org.rectiflow.finding.FindingStatistics;
import org.rectiflow.rectification.LedgerStatistics;
import org.rectiflow.transfer.TransferStatistics;
import org.rectiflow.unit.UnitOverview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class DashboardTests {

	private final LedgerStatistics ledger = mock(LedgerStatistics.class);

	private final EvaluationResults evaluations = mock(EvaluationResults.class);

	private final Dashboard dashboard = new Dashboard(this.ledger, mock(FindingStatistics.class),
			mock(TransferStatistics.class), mock(UnitOverview.class), this.evaluations);

	@Test
	void theSatisfactionIsTheCountysAverageOnceAnEvaluationClosed() {
		given(this.evaluations.county()).willReturn(new EvaluationResults.CountySummary(0, 0, 0, 0, 0));
		assertThat(this.dashboard.satisfaction()).isEmpty();
		given(this.evaluations.county()).willReturn(new EvaluationResults.CountySummary(3, 86.66, 2, 1, 0));
		assertThat(this.dashboard.satisfaction()).contains(new BigDecimal("86.7"));
	}

	@Test
	void theTrendChartSaysHowOftenItIsCountedAsConfigured() {
		given(this.ledger.trendKeptFor()).willReturn(Duration.ofMinutes(5));
		assertThat(this.dashboard.trendRefreshLabel()).isEqualTo("每 5 分钟更新");
		given(this.ledger.trendKeptFor()).willReturn(Duration.ofMinutes(15));
		assertThat(this.dashboard.trendRefreshLabel()).isEqualTo("每 15 分钟更新");
		given(this.ledger.trendKeptFor()).willReturn(Duration.ofSeconds(90));
		assertThat(this.dashboard.trendRefreshLabel()).isEqualTo("每 90 秒更新");
		given(this.ledger.trendKeptFor()).willReturn(Duration.ZERO);
		assertThat(this.dashboard.trendRefreshLabel()).isNull();
	}

}

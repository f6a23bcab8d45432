package org.rectiflow.rectification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.rectiflow.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

class TrendCacheTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	private final AtomicInteger computed = new AtomicInteger();

	private final Supplier<LedgerStatistics.WeeklyTrend> compute = () -> {
		this.computed.incrementAndGet();
		return new LedgerStatistics.WeeklyTrend(List.of(TODAY), new long[] { this.computed.get() }, new long[1],
				new long[1]);
	};

	@Test
	void aScopeCountsOnceAWhileAndEveryScopeAndDayCountsForItself() {
		TrendCache cache = new TrendCache(Duration.ofMinutes(5));
		CurrentUser village = new CurrentUser("v1", Set.of("village-t01v01", "party-branch"));
		CurrentUser sameScope = new CurrentUser("v2", Set.of("party-branch", "village-t01v01"));

		assertThat(cache.get(12, TODAY, village, this.compute).opened()[0]).isEqualTo(1);
		assertThat(cache.get(12, TODAY, sameScope, this.compute).opened()[0]).as("same groups, same trend")
			.isEqualTo(1);
		assertThat(cache.get(12, TODAY, new CurrentUser("t", Set.of("township-t01")), this.compute).opened()[0])
			.isEqualTo(2);
		assertThat(cache.get(12, TODAY.plusDays(1), village, this.compute).opened()[0]).as("a new day counts anew")
			.isEqualTo(3);
		assertThat(cache.get(8, TODAY, village, this.compute).opened()[0]).isEqualTo(4);
		assertThat(this.computed).hasValue(4);
	}

	@Test
	void aZeroDurationKeepsNothing() {
		TrendCache cache = new TrendCache(Duration.ZERO);
		CurrentUser office = new CurrentUser("o", Set.of("inspection-office"));
		cache.get(12, TODAY, office, this.compute);
		cache.get(12, TODAY, office, this.compute);
		assertThat(this.computed).hasValue(2);
		assertThat(cache.keep()).isZero();
		assertThat(new TrendCache(Duration.ofMinutes(-1)).keep()).as("a negative setting keeps nothing").isZero();
	}

}

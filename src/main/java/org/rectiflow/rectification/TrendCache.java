package org.rectiflow.rectification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.rectiflow.identity.CurrentUser;

/**
 * The dashboard's weekly trend, kept a few minutes per scope: a week's counts move
 * slowly, and computing them reads every item of the twelve weeks (82 ms at 100,000
 * items, for every supervisor who opens the dashboard). Per node: a node that computed it
 * a minute earlier shows numbers a minute old. A zero duration keeps nothing.
 */
class TrendCache {

	private final Duration keep;

	private final Cache<String, LedgerStatistics.WeeklyTrend> trends;

	TrendCache(Duration keep) {
		this.keep = keep.isNegative() ? Duration.ZERO : keep;
		this.trends = this.keep.isZero() ? null
				: Caffeine.newBuilder().expireAfterWrite(this.keep).maximumSize(10_000).build();
	}

	/** How long a trend is kept; zero: it is computed on every call. */
	Duration keep() {
		return this.keep;
	}

	LedgerStatistics.WeeklyTrend get(int weeks, LocalDate today, CurrentUser user,
			Supplier<LedgerStatistics.WeeklyTrend> compute) {
		if (this.trends == null) {
			return compute.get();
		}
		String scope = user.readsAll() ? "*" : String.join(",", new TreeSet<>(user.groups()));
		return this.trends.get(weeks + "|" + today + "|" + scope, (key) -> compute.get());
	}

}

package org.rectiflow.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The suite's one clock. Every test starts with the engine's clock (which the product
 * reads through {@code common.BusinessDate}) at the suite's anchor plus the time the
 * suite has run, so that "today" is the same in every run and in every test, whatever the
 * wall clock says. The anchor is {@value #DEFAULT_ANCHOR} unless the system property
 * {@code rectiflow.test.clock} names another instant, e.g.
 * {@code -Drectiflow.test.clock=2026-12-07T23:57:00+08:00} to run the suite across
 * midnight in Beijing. Tests read {@link #today()} and {@link #now()}, never the wall
 * clock; a test that moves the engine clock puts it back with {@link #reset()}
 * ({@link SuiteClockExtension} does so before every test anyway).
 */
public final class TestClock {

	public static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

	static final String DEFAULT_ANCHOR = "2026-12-07T10:00:00+08:00";

	private static final long OFFSET = OffsetDateTime.parse(System.getProperty("rectiflow.test.clock", DEFAULT_ANCHOR))
		.toInstant()
		.toEpochMilli() - System.currentTimeMillis();

	private TestClock() {
	}

	/** Puts the engine clock back on the suite's anchor (it keeps ticking). */
	public static void reset() {
		ClockUtil.offset(OFFSET);
	}

	public static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	/** Today in the county, by the engine's clock. */
	public static LocalDate today() {
		return LocalDate.ofInstant(now(), COUNTY);
	}

	/** Moves the engine clock by {@code duration} (it keeps ticking). */
	public static void advance(Duration duration) {
		ClockUtil.offset(ClockUtil.getCurrentTime().getTime() + duration.toMillis() - System.currentTimeMillis());
	}

	/**
	 * Fixes the engine clock at 10:00 of {@code day} in the county, until the next reset.
	 */
	public static void on(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(COUNTY).toInstant()));
	}

}

package org.rectiflow.common;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The product's one clock: "now" and "today" in the county's time zone, read from the
 * process engine's clock, so that records, letters, pages and processes agree (and a
 * test, a demo's 时间推进 or a simulation that moves the engine's clock moves all of them).
 * Nothing else reads the wall clock for a business date.
 */
@Component
public class BusinessDate {

	private final ZoneId zone;

	BusinessDate(@Value("${rectiflow.calendar.zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
	}

	public Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public LocalDate today() {
		return LocalDate.ofInstant(now(), this.zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * Runs {@code steps} with the engine's clock at {@code instant}, then puts the clock
	 * back where it was (as an offset from the wall clock, so that it keeps ticking).
	 * @param instant the moment the steps happen at
	 * @param steps what to do then
	 * @param <T> what the steps return
	 * @return what the steps returned
	 */
	public <T> T at(Instant instant, Supplier<T> steps) {
		long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
		ClockUtil.setCurrentTime(Date.from(instant));
		try {
			return steps.get();
		}
		finally {
			ClockUtil.offset(offset);
		}
	}

	/**
	 * Moves the engine's clock forward for good (the demo's 时间推进): it keeps ticking from
	 * there, as an offset from the wall clock.
	 * @param by how far forward
	 * @return the new "now"
	 */
	public Instant advance(Duration by) {
		long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
		ClockUtil.offset(offset + by.toMillis());
		return now();
	}

	/** How far the engine's clock is ahead of the wall clock (negative: behind). */
	public Duration offset() {
		return Duration.ofMillis(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis());
	}

	/**
	 * Runs {@code steps} at 10:00 of {@code day} in the county's time zone.
	 * @see #at(Instant, Supplier)
	 */
	public <T> T on(LocalDate day, Supplier<T> steps) {
		return at(day.atTime(10, 0).atZone(this.zone).toInstant(), steps);
	}

}

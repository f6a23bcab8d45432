package org.rectiflow.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectiflow.calendar.CalendarProperties;

import org.springframework.stereotype.Component;

/**
 * The ledger's "now" and "today": the engine's clock (so that a test or a simulation that
 * moves the engine's time moves the ledger's too), in the county's time zone.
 */
@Component
class LedgerClock {

	private final ZoneId zone;

	LedgerClock(CalendarProperties calendar) {
		this.zone = calendar.zone();
	}

	Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(now(), this.zone);
	}

	ZoneId zone() {
		return this.zone;
	}

}

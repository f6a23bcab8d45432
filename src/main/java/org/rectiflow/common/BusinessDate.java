package org.rectiflow.common;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Today's date in the county's time zone, read from the process engine's clock, so that
 * records and processes agree on "today" (and a test that moves the engine clock moves
 * both).
 */
@Component
public class BusinessDate {

	private final ZoneId zone;

	BusinessDate(@Value("${rectiflow.calendar.zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), this.zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

}

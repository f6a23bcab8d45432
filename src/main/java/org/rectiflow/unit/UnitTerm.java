package org.rectiflow.unit;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The current term (届) within which every unit is to be inspected once
 * ({@code rectiflow.units.term.*}). A unit whose last inspection is before the start, or
 * that was never inspected, carries a warning.
 *
 * @param start first day of the term
 * @param end last day of the term
 */
@ConfigurationProperties("rectiflow.units.term")
public record UnitTerm(@DefaultValue("2021-01-01") LocalDate start, @DefaultValue("2026-12-31") LocalDate end) {

	public UnitTerm {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException(
					"rectiflow.units.term.end must not be before rectiflow.units.term.start");
		}
	}

	/**
	 * Whether a unit last inspected on the given day still has to be inspected in this
	 * term.
	 * @param lastInspectedOn the day, or null when never inspected
	 * @return true when never inspected or last inspected before the term began
	 */
	public boolean notInspectedIn(LocalDate lastInspectedOn) {
		return lastInspectedOn == null || lastInspectedOn.isBefore(this.start);
	}

}

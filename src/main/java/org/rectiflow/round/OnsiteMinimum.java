package org.rectiflow.round;

import java.time.LocalDate;
import java.util.Optional;

import org.rectiflow.common.NamedDeadlines;
import org.rectiflow.unit.UnitPriority;

import org.springframework.stereotype.Component;

/**
 * The minimum time on site (重点村 ≥ 10 个工作日, 一般村 ≥ 3 by default, seed 001), read from the
 * settings the process's timer 最短进驻期满 reads
 * ({@code rectiflow.deadlines.onsite-minimum-key} / {@code onsite-minimum-ordinary},
 * counted in the working-day calendar from the entry date): a plan whose leave date comes
 * before that timer would fire is refused (decision 0033).
 */
@Component
class OnsiteMinimum {

	/**
	 * The settings the timer {@code Event_MinimumOnsiteReached} of inspection-round
	 * names.
	 */
	static final String KEY_SETTING = "onsite-minimum-key";

	static final String ORDINARY_SETTING = "onsite-minimum-ordinary";

	private final NamedDeadlines deadlines;

	OnsiteMinimum(NamedDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	/** The earliest leave date of a unit of this priority entered on {@code entryOn}. */
	LocalDate earliestLeave(UnitPriority priority, LocalDate entryOn) {
		return this.deadlines.dueDay(setting(priority), entryOn);
	}

	/** The minimum as people read it, e.g. 10 个工作日. */
	String text(UnitPriority priority) {
		return this.deadlines.text(setting(priority));
	}

	/**
	 * Why these dates are too close for a unit, in Chinese, or empty when they are not.
	 */
	Optional<String> problem(String unitName, UnitPriority priority, LocalDate entryOn, LocalDate leaveOn) {
		LocalDate earliest = earliestLeave(priority, entryOn);
		if (!leaveOn.isBefore(earliest)) {
			return Optional.empty();
		}
		return Optional.of("「" + unitName + "」为" + priority.label() + "村（社区），进驻时间不少于 " + text(priority) + "：自 "
				+ entryOn + " 进驻，最早 " + earliest + " 撤离（现为 " + leaveOn + "）");
	}

	private static String setting(UnitPriority priority) {
		return (priority == UnitPriority.KEY) ? KEY_SETTING : ORDINARY_SETTING;
	}

}

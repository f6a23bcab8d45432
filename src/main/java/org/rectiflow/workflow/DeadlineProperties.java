package org.rectiflow.workflow;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadlines of the round as settings: counties differ, so none is a constant.
 *
 * @param deadlines named periods: an ISO-8601 period ({@code P2M}, {@code -P3D}) or
 * {@code <n>WD} working days
 * @param warning the warning ladder around an item's deadline, in calendar days
 */
@ConfigurationProperties("rectiflow")
public record DeadlineProperties(Map<String, String> deadlines, Warning warning) {

	public DeadlineProperties {
		deadlines = (deadlines != null) ? Map.copyOf(deadlines) : Map.of();
		warning = (warning != null) ? warning : new Warning(20, 10, 30);
	}

	public record Warning(int greenDaysBefore, int yellowDaysBefore, int admonishDaysAfter) {

	}

}

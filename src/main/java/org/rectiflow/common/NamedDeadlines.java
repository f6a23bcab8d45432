package org.rectiflow.common;

import java.time.LocalDate;

/**
 * The county's named deadlines ({@code rectiflow.deadlines.*}) as the process timers read
 * them, for modules that may not depend on the workflow module: a page that checks a plan
 * against a deadline reads the same setting and the same working-day calendar as the
 * timer, never a second literal. Implemented by {@code workflow.Deadlines}.
 */
public interface NamedDeadlines {

	/** The day a deadline named {@code name} that starts on {@code from} falls due. */
	LocalDate dueDay(String name, LocalDate from);

	/** The setting as people read it: 10WD → 10 个工作日, P3M → 3 个月. */
	String text(String name);

}

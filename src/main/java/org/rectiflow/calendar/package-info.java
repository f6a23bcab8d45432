/**
 * Working-day calendar (工作日历): tells which dates are working days in mainland China,
 * taking statutory holidays (法定节假日) and make-up workdays (调休上班) into account, and counts
 * deadlines in working days.
 * <p>
 * Public API: {@link org.rectiflow.calendar.WorkingDayCalendar} (Spring bean
 * {@code workingDays}) and its settings {@link org.rectiflow.calendar.CalendarProperties}
 * ({@code rectiflow.calendar.*}). The module also registers the Camunda business calendar
 * {@code workingDays} and teaches the engine's {@code duration} and {@code dueDate}
 * calendars the {@code P<n>WD} syntax ("n working days"); see
 * {@code docs/decisions/0003-working-day-calendar.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar", allowedDependencies = {})
package org.rectiflow.calendar;

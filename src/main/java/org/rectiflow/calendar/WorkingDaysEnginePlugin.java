package org.rectiflow.calendar;

import java.util.Objects;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the working-day calendar with the process engine (the Camunda Spring Boot
 * starter applies every {@code ProcessEnginePlugin} bean).
 * <p>
 * Camunda 7 picks a business calendar by the kind of date, not by a name in the model:
 * {@code timeDuration} timers use {@code duration}, {@code timeDate} timers and user task
 * {@code dueDate}/{@code followUpDate} use {@code dueDate}. So besides adding the
 * calendar {@value WorkingDaysBusinessCalendar#NAME}, this plugin wraps the
 * {@code duration} and {@code dueDate} calendars so that they understand {@code P<n>WD};
 * everything else still goes to the standard calendars unchanged. The {@code cycle}
 * calendar is left as it is.
 */
class WorkingDaysEnginePlugin extends AbstractProcessEnginePlugin {

	private static final Logger logger = LoggerFactory.getLogger(WorkingDaysEnginePlugin.class);

	private final WorkingDayCalendar calendar;

	WorkingDaysEnginePlugin(WorkingDayCalendar calendar) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		MapBusinessCalendarManager manager = mapManager(configuration.getBusinessCalendarManager());
		BusinessCalendar duration = orDefault(manager.getBusinessCalendar(DurationBusinessCalendar.NAME),
				new DurationBusinessCalendar());
		BusinessCalendar dueDate = orDefault(manager.getBusinessCalendar(DueDateBusinessCalendar.NAME),
				new DueDateBusinessCalendar());
		manager.addBusinessCalendar(WorkingDaysBusinessCalendar.NAME,
				new WorkingDaysBusinessCalendar(this.calendar, new DurationBusinessCalendar()));
		manager.addBusinessCalendar(DurationBusinessCalendar.NAME,
				new WorkingDaysBusinessCalendar(this.calendar, duration));
		manager.addBusinessCalendar(DueDateBusinessCalendar.NAME,
				new WorkingDaysBusinessCalendar(this.calendar, dueDate));
		configuration.setBusinessCalendarManager(manager);
		logger.info("Registered business calendar '{}' ({}); the '{}' and '{}' calendars accept P<n>WD",
				WorkingDaysBusinessCalendar.NAME, this.calendar, DurationBusinessCalendar.NAME,
				DueDateBusinessCalendar.NAME);
	}

	private static MapBusinessCalendarManager mapManager(BusinessCalendarManager existing) {
		if (existing == null) {
			// the same defaults as
			// ProcessEngineConfigurationImpl.initBusinessCalendarManager()
			MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
			manager.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
			manager.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
			manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
			return manager;
		}
		if (existing instanceof MapBusinessCalendarManager manager) {
			return manager;
		}
		throw new IllegalStateException("Cannot add the '" + WorkingDaysBusinessCalendar.NAME
				+ "' business calendar: the engine already has a business calendar manager of type "
				+ existing.getClass().getName() + ", expected none or a MapBusinessCalendarManager");
	}

	private static BusinessCalendar orDefault(BusinessCalendar calendar, BusinessCalendar standard) {
		return (calendar != null) ? calendar : standard;
	}

	@Override
	public String toString() {
		return "WorkingDaysEnginePlugin";
	}

}

package org.rectiflow.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.io.ApplicationResourceLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Wires the working-day calendar: loads the holiday file at startup (a bad file stops the
 * application with a message naming it) and registers the Camunda business calendar.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(CalendarConfiguration.class);

	@Bean(WorkingDayCalendar.BEAN_NAME)
	WorkingDayCalendar workingDays(CalendarProperties properties, ResourceLoader resourceLoader) {
		// a plain path such as /etc/rectiflow/holidays.json is a file
		HolidayData data = new HolidayDataLoader(ApplicationResourceLoader.get(resourceLoader, true))
			.load(properties.holidaysLocation());
		logger.info("Loaded holiday calendar '{}': years {}{}, zone {}", data.location(), data.years(),
				data.provisionalYears().isEmpty() ? "" : " (provisional: " + data.provisionalYears() + ")",
				properties.zone());
		return new WorkingDayCalendar(data, properties.zone());
	}

	@Bean
	WorkingDaysEnginePlugin workingDaysEnginePlugin(WorkingDayCalendar workingDays) {
		return new WorkingDaysEnginePlugin(workingDays);
	}

}

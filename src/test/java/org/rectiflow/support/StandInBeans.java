package org.rectiflow.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.stereotype.Component;

/**
 * Stand-ins, for tests only, for beans the models call that other modules provide:
 * {@code deadlines} (workflow) and {@code warningLetterSender} (supervision). Each is
 * registered only when no bean of that name exists, so the real bean always wins once it
 * is there.
 */
@Component
class StandInBeans implements BeanDefinitionRegistryPostProcessor {

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
		if (!registry.containsBeanDefinition("deadlines")) {
			registry.registerBeanDefinition("deadlines", new RootBeanDefinition(Deadlines.class));
		}
		if (!registry.containsBeanDefinition("warningLetterSender")) {
			registry.registerBeanDefinition("warningLetterSender", new RootBeanDefinition(NoLetters.class));
		}
	}

	/** One month after the date, at the end of the day; warnings at the deadline. */
	public static class Deadlines {

		private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

		public Date dueIn(String name, Object from) {
			return endOf(day(from).plusMonths(1));
		}

		public Date warningAt(Object deadline, String colour) {
			return endOf(day(deadline));
		}

		public String cycle(String name) {
			return "R/P1M";
		}

		private static LocalDate day(Object value) {
			if (value instanceof Date date) {
				return LocalDate.ofInstant(date.toInstant(), ZONE);
			}
			if (value instanceof LocalDate date) {
				return date;
			}
			if (value instanceof String text) {
				return (text.length() <= 10) ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
			}
			throw new IllegalArgumentException("not a date: " + value);
		}

		private static Date endOf(LocalDate day) {
			return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant());
		}

	}

	/** Sends nothing. */
	public static class NoLetters implements JavaDelegate {

		@Override
		public void execute(DelegateExecution execution) {
		}

	}

}

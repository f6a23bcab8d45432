package org.rectiflow.cluster;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work runs once per cluster. The rule (docs/decisions/0015-cluster.md): work
 * that belongs to a process is a Camunda timer or job (the job executor already runs each
 * job on one node); anything else that must run on a clock is a {@code @Scheduled} method
 * that also carries {@code @SchedulerLock(name = ...)}, whose lock lives in the table
 * {@code shedlock} (Liquibase 011) with the database's clock.
 * {@code ScheduledWorkRuleTests} refuses a {@code @Scheduled} method without the lock and
 * any in-memory scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ScheduledWorkConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

}

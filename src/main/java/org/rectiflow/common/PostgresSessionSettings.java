package org.rectiflow.common;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, what users wait for is planned for its actual parameters, and what the
 * engine does in the background keeps PostgreSQL's plan cache: the pool is wrapped in
 * {@link RequestPlanModes} unless {@code spring.datasource.hikari.connection-init-sql}
 * sets the sessions up otherwise. See docs/decisions/0018-postgresql-custom-plans.md.
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor, Ordered {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
			return new RequestPlanModes(pool);
		}
		return bean;
	}

	@Override
	public int getOrder() {
		// before anything wraps the pool (e.g. a statement-counting proxy)
		return Ordered.HIGHEST_PRECEDENCE;
	}

}

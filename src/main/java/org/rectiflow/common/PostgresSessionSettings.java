package org.rectiflow.common;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Every PostgreSQL connection of the pool plans each statement for its actual parameters
 * ({@code plan_cache_mode = force_custom_plan}), unless
 * {@code spring.datasource.hikari.connection-init-sql} says otherwise.
 * <p>
 * Why: the JDBC driver prepares a statement on the server after five uses, and PostgreSQL
 * then switches to one generic plan that assumes an average parameter. Camunda's task
 * query by candidate group is the case that hurts: an average group has about ten open
 * tasks, the inspection office fifteen thousand at municipal scale, and the generic plan
 * (nested loops for ten rows) took 225–335 ms where the plan for the office's own value
 * takes 60 ms. Planning each time costs about a millisecond. See
 * docs/decisions/0018-postgresql-custom-plans.md.
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor, Ordered {

	static final String CUSTOM_PLANS = "SET plan_cache_mode = force_custom_plan";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
			pool.setConnectionInitSql(CUSTOM_PLANS);
		}
		return bean;
	}

	@Override
	public int getOrder() {
		// before anything wraps the pool (e.g. a statement-counting proxy)
		return Ordered.HIGHEST_PRECEDENCE;
	}

}

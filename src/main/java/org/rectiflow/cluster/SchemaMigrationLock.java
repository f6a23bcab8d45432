package org.rectiflow.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, Liquibase migrates the schema under a session advisory lock, so that
 * nodes starting together on an empty database migrate one after the other.
 * <p>
 * Why: Liquibase's own lock is a row of {@code DATABASECHANGELOGLOCK}, and that table
 * does not exist yet on an empty database. Two nodes both create it (and
 * {@code DATABASECHANGELOG}); the second fails with "relation already exists" and its
 * node does not start. The reliability run found it (docs/reliability.md). The advisory
 * lock needs no table: the first node migrates, the second waits, then finds every
 * changeset applied. H2 is a development database with one node.
 */
@Component
class SchemaMigrationLock implements BeanPostProcessor {

	/** An arbitrary key, the same on every node: "rectiflow schema". */
	static final long KEY = 0x7265637469666cL;

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrationLock.class);

	private Connection holder;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
			lock(liquibase.getDataSource());
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase) {
			unlock();
		}
		return bean;
	}

	synchronized void lock(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
				DataSourceUtils.releaseConnection(connection, dataSource);
				return;
			}
			try (Statement statement = connection.createStatement()) {
				long waited = System.nanoTime();
				statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
				log.info("Schema migration lock taken after {} ms", (System.nanoTime() - waited) / 1_000_000);
			}
			this.holder = connection;
		}
		catch (SQLException ex) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw new IllegalStateException("Could not take the schema migration lock", ex);
		}
	}

	synchronized void unlock() {
		if (this.holder == null) {
			return;
		}
		try (Connection connection = this.holder; Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException ex) {
			// closing the session releases its advisory locks anyway
			log.warn("Could not release the schema migration lock", ex);
		}
		finally {
			this.holder = null;
		}
	}

}

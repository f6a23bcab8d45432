package org.rectiflow.cluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectiflow.support.FreshDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node migrating the schema holds the advisory lock, and a second node waits for it
 * before Liquibase looks at the database (on PostgreSQL; H2 takes no lock).
 */
class SchemaMigrationLockTests {

	@TempDir
	Path folder;

	@Test
	void aSecondNodeWaitsUntilTheFirstHasMigrated() throws Exception {
		try (FreshDatabase database = FreshDatabase.create(this.folder);
				HikariDataSource first = pool(database);
				HikariDataSource second = pool(database)) {
			boolean postgres = database.url().startsWith("jdbc:postgresql:");
			SchemaMigrationLock firstNode = new SchemaMigrationLock();
			SchemaMigrationLock secondNode = new SchemaMigrationLock();
			firstNode.lock(first);
			CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> secondNode.lock(second));
			if (postgres) {
				Thread.sleep(1000);
				assertThat(waiting).as("the second node waits while the first migrates").isNotDone();
				assertThat(advisoryLocks(first)).isOne();
			}
			firstNode.unlock();
			waiting.get(30, TimeUnit.SECONDS);
			secondNode.unlock();
			assertThat(advisoryLocks(first)).isZero();
			assertThat(first.getHikariPoolMXBean().getActiveConnections()).as("connection given back").isZero();
			assertThat(second.getHikariPoolMXBean().getActiveConnections()).isZero();
		}
	}

	private static long advisoryLocks(HikariDataSource pool) throws Exception {
		try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
			if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
				return 0;
			}
		}
		return new JdbcTemplate(pool).queryForObject(
				"select count(*) from pg_locks where locktype = 'advisory' and granted"
						+ " and database = (select oid from pg_database where datname = current_database())",
				Long.class);
	}

	private static HikariDataSource pool(FreshDatabase database) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(database.url());
		pool.setUsername(System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "sa"));
		pool.setPassword(System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
		pool.setMaximumPoolSize(2);
		return pool;
	}

}

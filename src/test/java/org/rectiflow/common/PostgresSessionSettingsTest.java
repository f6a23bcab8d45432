package org.rectiflow.common;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresSessionSettingsTest {

	private final PostgresSessionSettings settings = new PostgresSessionSettings();

	@Test
	void aPostgresqlPoolPlansEachStatementForItsParameters() {
		HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/rectiflow");
		this.settings.postProcessAfterInitialization(pool, "dataSource");
		assertThat(pool.getConnectionInitSql()).isEqualTo("SET plan_cache_mode = force_custom_plan");
	}

	@Test
	void anInitStatementOfTheInstallationAndOtherDatabasesAreLeftAlone() {
		HikariDataSource configured = pool("jdbc:postgresql://db/rectiflow");
		configured.setConnectionInitSql("SET search_path = rectiflow");
		this.settings.postProcessAfterInitialization(configured, "dataSource");
		assertThat(configured.getConnectionInitSql()).isEqualTo("SET search_path = rectiflow");

		HikariDataSource h2 = pool("jdbc:h2:mem:test");
		this.settings.postProcessAfterInitialization(h2, "dataSource");
		assertThat(h2.getConnectionInitSql()).isNull();
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		return pool;
	}

}

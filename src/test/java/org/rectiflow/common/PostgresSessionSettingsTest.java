package org.rectiflow.common;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectiflow.support.FreshDatabase;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PostgresSessionSettingsTest {

	private final PostgresSessionSettings settings = new PostgresSessionSettings();

	@TempDir
	Path folder;

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aPostgresqlPoolIsWrappedAndOthersAreLeftAlone() {
		HikariDataSource postgres = pool("jdbc:postgresql://127.0.0.1:5432/rectiflow");
		assertThat(this.settings.postProcessAfterInitialization(postgres, "dataSource"))
			.isInstanceOf(RequestPlanModes.class);

		HikariDataSource configured = pool("jdbc:postgresql://db/rectiflow");
		configured.setConnectionInitSql("SET search_path = rectiflow");
		assertThat(this.settings.postProcessAfterInitialization(configured, "dataSource")).isSameAs(configured);

		HikariDataSource h2 = pool("jdbc:h2:mem:test");
		assertThat(this.settings.postProcessAfterInitialization(h2, "dataSource")).isSameAs(h2);
	}

	@Test
	void aRequestGetsCustomPlansAndTheSameSessionGoesBackToTheDefaultInTheBackground() throws Exception {
		try (FreshDatabase database = FreshDatabase.create(this.folder)) {
			assumeTrue(database.url().startsWith("jdbc:postgresql:"), "PostgreSQL only (the suite's PG run)");
			try (HikariDataSource pool = pool(database.url())) {
				pool.setUsername(System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"));
				pool.setPassword(System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
				pool.setMaximumPoolSize(1);
				DataSource wrapped = (DataSource) this.settings.postProcessAfterInitialization(pool, "dataSource");

				assertThat(planCacheMode(wrapped)).as("job executor, no request").isEqualTo("auto");
				RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
				assertThat(planCacheMode(wrapped)).as("serving a request").isEqualTo("force_custom_plan");
				RequestContextHolder.resetRequestAttributes();
				assertThat(planCacheMode(wrapped)).as("the same session, in the background again").isEqualTo("auto");
			}
		}
	}

	private static String planCacheMode(DataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet mode = statement.executeQuery("show plan_cache_mode")) {
			mode.next();
			return mode.getString(1);
		}
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		return pool;
	}

}

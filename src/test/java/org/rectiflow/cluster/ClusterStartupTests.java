package org.rectiflow.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectiflow.RectiflowApplication;
import org.rectiflow.support.FreshDatabase;

import liquibase.integration.spring.SpringLiquibase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes start at the same instant on one empty database: Liquibase builds the schema
 * once (its own lock), and the start-up work (demo county, departments, groups, demo
 * users, Tasklist filters, authorizations) runs once, under {@link ClusterLock}.
 */
class ClusterStartupTests {

	@TempDir
	Path folder;

	@Test
	void twoNodesStartingTogetherCreateEverythingOnce() throws Exception {
		try (FreshDatabase database = FreshDatabase.create(this.folder)) {
			// Liquibase's own changelog lock keeps two nodes from building the schema
			// twice, but its Scope is not made for two applications in one JVM: the
			// schema
			// is built first here (the reliability profile starts two JVMs on an empty
			// database), and the race is the start-up work's.
			buildSchema(database);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			CountDownLatch ready = new CountDownLatch(2);
			List<Future<ConfigurableApplicationContext>> nodes = new ArrayList<>();
			for (String node : List.of("node-a", "node-b")) {
				nodes.add(pool.submit(() -> {
					ready.countDown();
					ready.await();
					return start(database, node);
				}));
			}
			List<ConfigurableApplicationContext> started = new ArrayList<>();
			try {
				for (Future<ConfigurableApplicationContext> node : nodes) {
					started.add(node.get(10, TimeUnit.MINUTES));
				}
				JdbcTemplate jdbc = started.get(0).getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForObject("select count(*) from inspected_unit", Integer.class)).isEqualTo(23);
				assertThat(duplicates(jdbc, "select group_id from department group by group_id having count(*) > 1"))
					.isEmpty();
				assertThat(duplicates(jdbc, "select name_ from act_ru_filter group by name_ having count(*) > 1"))
					.isEmpty();
				assertThat(jdbc.queryForObject("select count(*) from act_ru_filter", Integer.class)).isEqualTo(5);
				assertThat(duplicates(jdbc,
						"select group_id_ from act_ru_authorization where group_id_ is not null"
								+ " group by type_, group_id_, resource_type_, resource_id_ having count(*) > 1"))
					.isEmpty();
				assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'village-t01v01'",
						Integer.class))
					.isOne();
				assertThat(jdbc.queryForObject(
						"select count(*) from act_id_membership where user_id_ = 'admin' and group_id_ = 'camunda-admin'",
						Integer.class))
					.isOne();
				assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class))
					.as("one deployment of processes/ and forms/ (Camunda's deployment lock)")
					.isOne();
			}
			finally {
				started.forEach(ConfigurableApplicationContext::close);
				pool.shutdownNow();
			}
		}
	}

	private static void buildSchema(FreshDatabase database) throws Exception {
		String[] args = database.springArguments();
		SpringLiquibase liquibase = new SpringLiquibase();
		liquibase.setDataSource(
				new DriverManagerDataSource(database.url(), value(args, "username"), value(args, "password")));
		liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.xml");
		liquibase.setResourceLoader(new DefaultResourceLoader());
		liquibase.afterPropertiesSet();
	}

	private static String value(String[] args, String name) {
		String prefix = "--spring.datasource." + name + "=";
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return arg.substring(prefix.length());
			}
		}
		return null;
	}

	private static List<String> duplicates(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForList(sql, String.class);
	}

	private static ConfigurableApplicationContext start(FreshDatabase database, String node) {
		List<String> args = new ArrayList<>(List.of(database.springArguments()));
		// No Camunda webapps (their runtime delegates are static) and an engine name of
		// its
		// own, so that closing the node leaves the suite's shared context alone.
		args.add("--camunda.bpm.webapp.enabled=false");
		args.add("--camunda.bpm.job-execution.enabled=false");
		args.add("--camunda.bpm.process-engine-name=" + node.replace("-", "") + System.nanoTime());
		args.add("--spring.application.name=" + node);
		args.add("--spring.liquibase.enabled=false");
		// Only the start-up work races: Spring Boot's logging set-up is not made for two
		// applications starting at once in one JVM (ConcurrentModificationException in
		// LoggingApplicationListener), and the suite's logging is set up already.
		SpringApplication application = new SpringApplication(RectiflowApplication.class);
		application.setAdditionalProfiles("demo");
		application.setListeners(application.getListeners()
			.stream()
			.filter((listener) -> !(listener instanceof LoggingApplicationListener))
			.toList());
		return application.run(args.toArray(String[]::new));
	}

}

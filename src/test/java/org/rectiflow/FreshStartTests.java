package org.rectiflow;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectiflow.support.FreshDatabase;
import org.rectiflow.unit.InspectedUnitRepository;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts on an empty database, as a new installation does, and again on the same one. */
class FreshStartTests {

	private static final String REPORTER_KEY = "cmVjdGlmbG93LWZyZXNoLXN0YXJ0LXRlc3Qta2V5ISE=";

	@TempDir
	Path folder;

	@Test
	void liquibaseBuildsTheSchemaAndASecondStartKeepsDataAndLoadsTheDemoOnce() throws Exception {
		try (FreshDatabase database = FreshDatabase.create(this.folder)) {
			try (ConfigurableApplicationContext first = start(database, "demo")) {
				assertThat(changeSets(first)).contains("7.16.0-baseline", "001-inspected-unit");
				assertThat(first.getBean(InspectedUnitRepository.class).count()).isEqualTo(23);
				IdentityService identity = first.getBean(IdentityService.class);
				identity.saveUser(identity.newUser("created-in-first-run"));
			}
			try (ConfigurableApplicationContext second = start(database, "demo")) {
				assertThat(second.getBean(InspectedUnitRepository.class).count()).isEqualTo(23);
				IdentityService identity = second.getBean(IdentityService.class);
				assertThat(identity.createUserQuery().userId("created-in-first-run").count()).isOne();
				assertThat(identity.createGroupQuery().groupId("village-t01v01").count()).isOne();
			}
		}
	}

	@Test
	void outsideTheDemoStartupFailsWithoutAdministratorCredentials() {
		try (FreshDatabase database = FreshDatabase.create(this.folder)) {
			assertThatThrownBy(() -> start(database, "prod").close())
				.hasMessage("没有系统管理员 / No administrator: set RECTIFLOW_ADMIN_USERNAME and RECTIFLOW_ADMIN_PASSWORD "
						+ "for the first start (or run the demo profile).");
		}
	}

	@Test
	void outsideTheDemoTheAdministratorComesFromTheEnvironmentAndThereAreNoDemoUsers() {
		try (FreshDatabase database = FreshDatabase.create(this.folder);
				ConfigurableApplicationContext context = start(database, "prod", "--rectiflow.admin.username=chief",
						"--rectiflow.admin.password=S3cret!pass")) {
			IdentityService identity = context.getBean(IdentityService.class);
			assertThat(identity.checkPassword("chief", "S3cret!pass")).isTrue();
			assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isOne();
			assertThat(identity.createUserQuery().userId("inspection-office").count()).isZero();
			assertThat(identity.createGroupQuery().groupId("inspection-office").count()).isOne();
			assertThat(context.getBean(InspectedUnitRepository.class).count()).isZero();
		}
	}

	private ConfigurableApplicationContext start(FreshDatabase database, String profile, String... extra) {
		String[] base = database.springArguments();
		String[] args = new String[base.length + extra.length + 4];
		System.arraycopy(base, 0, args, 0, base.length);
		System.arraycopy(extra, 0, args, base.length, extra.length);
		// No Camunda webapps: closing them would clear the webapps' static runtime
		// delegates (Cockpit.getRuntimeDelegate() ...) that the suite's shared context
		// still serves Tasklist with.
		args[args.length - 4] = "--camunda.bpm.webapp.enabled=false";
		// Outside the demo the key for reporters' identities is required
		// (docs/decisions/0006).
		args[args.length - 3] = "--rectiflow.security.reporter-key=" + REPORTER_KEY;
		args[args.length - 2] = "--camunda.bpm.job-execution.enabled=false";
		// Its own engine name: closing it must not unregister the "default" engine of
		// other tests.
		args[args.length - 1] = "--camunda.bpm.process-engine-name=fresh" + System.nanoTime();
		return new SpringApplicationBuilder(RectiflowApplication.class).profiles(profile).run(args);
	}

	private String changeSets(ConfigurableApplicationContext context) throws Exception {
		StringBuilder ids = new StringBuilder();
		try (Connection connection = context.getBean(DataSource.class).getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id from databasechangelog")) {
			while (rows.next()) {
				ids.append(rows.getString(1)).append(' ');
			}
		}
		return ids.toString();
	}

}

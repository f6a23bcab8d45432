package org.rectiflow;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.InspectedUnitRepository;
import org.rectiflow.unit.UnitKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as it starts for a user of the demo: engine, REST security, groups,
 * county.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class FoundationTests {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private InspectedUnitRepository units;

	@Test
	void healthIsUp() {
		ResponseEntity<String> health = this.rest.getForEntity("/actuator/health", String.class);
		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(health.getBody()).contains("\"status\":\"UP\"");
	}

	@Test
	void engineRestRefusesRequestsWithoutCredentials() {
		assertThat(this.rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void engineRestAcceptsDemoCredentials() {
		ResponseEntity<String> response = this.rest.withBasicAuth("inspection-office", "demo")
			.getForEntity("/engine-rest/engine", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("default");
	}

	@Test
	void engineRestRefusesAWrongPassword() {
		// Camunda delays a user's next login after a wrong password: use a user no other
		// test needs.
		assertThat(this.rest.withBasicAuth("petition-office", "wrong")
			.getForEntity("/engine-rest/engine", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.withBasicAuth("nobody", "demo")
			.getForEntity("/engine-rest/engine", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void authorizationIsEnforcedByTheEngine() {
		assertThat(this.engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
	}

	@Test
	void everyGlossaryGroupExistsWithItsChineseName() {
		IdentityService identity = this.engine.getIdentityService();
		assertThat(groupName("leading-group")).isEqualTo("巡察工作领导小组");
		assertThat(groupName("inspection-office")).isEqualTo("巡察办");
		assertThat(groupName("inspection-team-1")).isEqualTo("第一巡察组");
		assertThat(groupName("discipline-commission")).isEqualTo("纪委监委");
		assertThat(groupName("organization-dept")).isEqualTo("组织部");
		assertThat(groupName("petition-office")).isEqualTo("信访局");
		assertThat(groupName("audit-bureau")).isEqualTo("审计局");
		assertThat(groupName("dept-agriculture")).isEqualTo("农业农村局");
		assertThat(groupName("township-t01")).isEqualTo("青山镇党组织");
		assertThat(groupName("village-t01v01")).isEqualTo("青山村党组织");
		assertThat(identity.createGroupQuery().groupIdIn("process-admin", "camunda-admin").count()).isEqualTo(2);
	}

	@Test
	void demoCountyHasThreeTownshipsAndTwentyVillagesEachWithItsGroupAndDemoUser() {
		// Other tests share the database and register units of their own: look at the
		// demo
		// county's codes (T01…T03 and their villages) only.
		List<InspectedUnit> demo = this.units.findAll()
			.stream()
			.filter((unit) -> unit.getCode().matches("T0[1-3]([VC][0-9]{2})?"))
			.toList();
		assertThat(demo).filteredOn((unit) -> unit.getKind() == UnitKind.TOWNSHIP).hasSize(3);
		assertThat(demo).hasSize(23);
		IdentityService identity = this.engine.getIdentityService();
		demo.forEach((unit) -> {
			assertThat(identity.createGroupQuery().groupId(unit.getGroupId()).count()).as(unit.getName()).isOne();
			assertThat(identity.checkPassword(unit.getGroupId(), "demo")).as(unit.getGroupId()).isTrue();
		});
		assertThat(this.units.findByCode("T01V01").orElseThrow().getTownshipGroupId()).isEqualTo("township-t01");
	}

	@Test
	void everyGroupHasOneDemoUserAndTheAdministratorIsAnAdmin() {
		IdentityService identity = this.engine.getIdentityService();
		List<Group> groups = identity.createGroupQuery().list();
		groups.stream()
			.filter((group) -> !group.getId().equals("camunda-admin"))
			.forEach((group) -> assertThat(
					identity.createUserQuery().userId(group.getId()).memberOfGroup(group.getId()).count())
				.as("demo user of " + group.getId())
				.isOne());
		assertThat(identity.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isOne();
		assertThat(identity.checkPassword("admin", "admin")).isTrue();
	}

	@Test
	void homePageAsksAVisitorToLogInInChinese() {
		ResponseEntity<String> home = this.rest.getForEntity("/", String.class);
		assertThat(home.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(home.getBody()).contains("巡察整改管理平台", "id=\"door-login\"", "演示账号")
			.doesNotContain("id=\"door-console\"");
	}

	private String groupName(String id) {
		Group group = this.engine.getIdentityService().createGroupQuery().groupId(id).singleResult();
		assertThat(group).as("group " + id).isNotNull();
		return group.getName();
	}

}

package org.rectiflow.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's weak points of access: W1 (claim), W3 (audit log), W5 (lock-outs), W10
 * (instance statistics), through real HTTP requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class AccessWeakPointTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	// W10

	@Test
	void instanceStatisticsAreOnlyForInstanceReaders() throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> village = browser.get("/engine-rest/process-definition/statistics", "Authorization",
				Browser.basic("village-t01v01", "demo"));
		assertThat(village.statusCode()).isEqualTo(403);
		assertThat(village.body()).contains("无权查看流程实例统计");
		HttpResponse<String> office = browser.get("/engine-rest/process-definition/statistics", "Authorization",
				Browser.basic("inspection-office", "demo"));
		assertThat(office.statusCode()).as(office.body()).isEqualTo(200);
	}

	// W5

	@Test
	void wrongPasswordsLockAnAccountForAWhileAndAnAdministratorLiftsIt() throws Exception {
		user("lockout-probe", "right");
		Browser browser = new Browser(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(
					browser.get("/api/ledger", "Authorization", Browser.basic("lockout-probe", "wrong")).statusCode())
				.isEqualTo(401);
		}
		assertThat(browser.get("/api/ledger", "Authorization", Browser.basic("lockout-probe", "right")).statusCode())
			.as("locked for a while")
			.isEqualTo(401);
		Browser admin = new Browser(this.port);
		admin.login("admin", "admin");
		HttpResponse<String> page = admin.get("/console/lockouts");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("lockout-probe", "解除锁定");
		String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		assertThat(admin
			.post("/console/lockouts/lift", "application/x-www-form-urlencoded",
					"userId=lockout-probe&source=127.0.0.1&_csrf=" + Browser.encode(csrf))
			.statusCode()).isEqualTo(302);
		assertThat(browser.get("/api/ledger", "Authorization", Browser.basic("lockout-probe", "right")).statusCode())
			.isEqualTo(200);
		// Camunda's own lock no longer shuts an account out
		assertThat(this.identity.checkPassword("lockout-probe", "right")).isTrue();
	}

	// W3

	@Test
	void commissionMembershipAndReporterReadsAreAudited() throws Exception {
		user("audit-probe", "pw");
		Browser browser = new Browser(this.port);
		String admin = Browser.basic("admin", "admin");
		assertThat(browser
			.send(browser
				.request("/engine-rest/group/discipline-commission/members/audit-probe", "Authorization", admin)
				.PUT(HttpRequest.BodyPublishers.noBody()))
			.statusCode()).isEqualTo(204);
		assertThat(browser
			.send(browser
				.request("/engine-rest/group/discipline-commission/members/audit-probe", "Authorization", admin)
				.DELETE())
			.statusCode()).isEqualTo(204);
		assertThat(this.jdbc.queryForList(
				"select action from audit_log where actor = 'admin' and subject_id = 'audit-probe' order by id",
				String.class))
			.containsExactly("MEMBER_ADDED", "MEMBER_REMOVED");
		Browser commission = new Browser(this.port);
		commission.login("discipline-commission", "demo");
		HttpResponse<String> page = commission.get("/console/audit");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("审计日志", "加入纪委监委组", "退出纪委监委组", "nav-audit");
		Browser village = new Browser(this.port);
		village.login("village-t01v01", "demo");
		assertThat(village.get("/console/audit").statusCode()).isEqualTo(403);
		assertThat(village.get("/console").body()).doesNotContain("nav-audit");
	}

	// W1

	@Test
	void aTaskIsClaimedOnlyForOneselfOrACandidateAndTheGrantGoesWithIt() throws Exception {
		String key = "claim-probe";
		if (this.repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
			this.repository.createDeployment()
				.addModelInstance(key + ".bpmn",
						Bpmn.createExecutableProcess(key)
							.camundaHistoryTimeToLive(1)
							.startEvent()
							.userTask("work")
							.camundaCandidateGroups("village-t01v01")
							.endEvent()
							.done())
				.deploy();
		}
		String instance = this.runtime.startProcessInstanceByKey(key).getId();
		Task task = this.tasks.createTaskQuery().processInstanceId(instance).singleResult();
		Browser browser = new Browser(this.port);
		String village = Browser.basic("village-t01v01", "demo");
		HttpResponse<String> other = browser.post("/engine-rest/task/" + task.getId() + "/claim", "application/json",
				"{\"userId\":\"village-t02v01\"}", "Authorization", village);
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(browser
			.post("/engine-rest/task/" + task.getId() + "/claim", "application/json", "{\"userId\":\"village-t01v01\"}",
					"Authorization", village)
			.statusCode()).isEqualTo(204);
		// handed back (as 转办 or an administrator does): the first claimant's grant goes
		this.tasks.setAssignee(task.getId(), null);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ACT_RU_AUTHORIZATION where USER_ID_ = 'village-t01v01' and RESOURCE_ID_ = ?",
				Integer.class, task.getId()))
			.isZero();
	}

	private void user(String id, String password) {
		if (this.identity.createUserQuery().userId(id).count() == 0) {
			User user = this.identity.newUser(id);
			user.setPassword(password);
			this.identity.saveUser(user);
		}
	}

}

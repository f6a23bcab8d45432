package org.rectiflow.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each department sees through {@code /engine-rest} with its own credentials: its
 * own tasks, never another village's, and only the filters meant for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class InboxAccessTests {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private FilterService filters;

	@Autowired
	private InboxSetup setup;

	private final ObjectMapper json = new ObjectMapper();

	private String marker;

	@BeforeEach
	void deployProbe() {
		this.engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("bpmn/inbox-probe.bpmn")
			.enableDuplicateFiltering(true)
			.deploy();
		this.marker = UUID.randomUUID().toString();
	}

	@Test
	void aVillageSeesItsOwnTasksAndNeverAnotherVillages() throws Exception {
		ProcessInstance mine = start("village-t01v01");
		ProcessInstance theirs = start("village-t02v01");

		List<String> seenByT01 = taskInstanceIds("village-t01v01");
		assertThat(seenByT01).contains(mine.getId()).doesNotContain(theirs.getId());
		List<String> seenByT02 = taskInstanceIds("village-t02v01");
		assertThat(seenByT02).contains(theirs.getId()).doesNotContain(mine.getId());

		String otherTask = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(theirs.getId())
			.singleResult()
			.getId();
		assertThat(get("village-t01v01", "/engine-rest/task/" + otherTask).getStatusCode()).isIn(HttpStatus.FORBIDDEN,
				HttpStatus.NOT_FOUND);
		assertThat(get("village-t01v01", "/engine-rest/process-instance/" + theirs.getId()).getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(
				get("village-t01v01", "/engine-rest/process-instance/" + theirs.getId() + "/variables").getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(historicInstanceIds("village-t01v01")).doesNotContain(theirs.getId());
	}

	@Test
	void theInspectionOfficeSeesEveryTask() throws Exception {
		ProcessInstance first = start("village-t01v01");
		ProcessInstance second = start("village-t02v01");
		assertThat(taskInstanceIds("inspection-office")).contains(first.getId(), second.getId());
	}

	@Test
	void aVillageClaimsAndCompletesItsTaskButNotAnothersTask() throws Exception {
		ProcessInstance mine = start("village-t01v01");
		ProcessInstance theirs = start("village-t02v01");
		String myTask = taskOf(mine);
		String theirTask = taskOf(theirs);
		assertThat(post("village-t01v01", "/engine-rest/task/" + myTask + "/claim", Map.of("userId", "village-t01v01"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<String> completed = post("village-t01v01", "/engine-rest/task/" + myTask + "/complete",
				Map.of());
		assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(post("village-t01v01", "/engine-rest/task/" + theirTask + "/complete", Map.of()).getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(theirTask).count()).isOne();
	}

	@Test
	void filtersExistOnceInChineseAndTheAllTasksFilterIsForSupervisorsOnly() throws Exception {
		for (InboxFilter filter : InboxFilter.values()) {
			assertThat(this.filters.createFilterQuery().filterName(filter.title()).count()).as(filter.title()).isOne();
		}
		assertThat(filterNames("village-t01v01")).contains("我的待办", "本部门待办", "即将到期", "已超期").doesNotContain("全部可见");
		assertThat(filterNames("inspection-office")).contains("全部可见");
		AuthorizationService authorizations = this.engine.getAuthorizationService();
		assertThat(authorizations.isUserAuthorized("village-t01v01", List.of("village-t01v01"), Permissions.ACCESS,
				Resources.APPLICATION, "tasklist"))
			.isTrue();
		assertThat(authorizations.isUserAuthorized("village-t01v01", List.of("village-t01v01"), Permissions.ACCESS,
				Resources.APPLICATION, "cockpit"))
			.isFalse();
		assertThat(authorizations.isUserAuthorized("inspection-office", List.of("inspection-office"),
				Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
			.isTrue();
	}

	@Test
	void theOverdueFilterListsATaskOnlyOnceItsDueDateHasPassed() throws Exception {
		ProcessInstance late = start("village-t01v02", new Date(TestClock.now().toEpochMilli() - 3_600_000));
		ProcessInstance onTime = start("village-t01v02", new Date(TestClock.now().toEpochMilli() + 86_400_000L * 10));
		Filter overdue = this.filters.createFilterQuery().filterName("已超期").singleResult();
		JsonNode list = this.json.readTree(
				get("village-t01v02", "/engine-rest/filter/" + overdue.getId() + "/list?maxResults=1000").getBody());
		List<String> ids = list.findValuesAsText("processInstanceId");
		assertThat(ids).contains(late.getId()).doesNotContain(onTime.getId());
	}

	@Test
	void aVillageCannotReadClaimOrLookIntoTheHistoryOfAnotherVillagesTask() throws Exception {
		ProcessInstance theirs = start("village-t02v01");
		String theirTask = taskOf(theirs);
		assertThat(get("village-t01v01", "/engine-rest/task/" + theirTask + "/form-variables").getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(get("village-t01v01", "/engine-rest/task/" + theirTask + "/variables").getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(
				post("village-t01v01", "/engine-rest/task/" + theirTask + "/claim", Map.of("userId", "village-t01v01"))
					.getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(theirTask).singleResult().getAssignee())
			.isNull();
		JsonNode history = this.json
			.readTree(get("village-t01v01", "/engine-rest/history/task?processInstanceId=" + theirs.getId()).getBody());
		assertThat(history.isArray()).isTrue();
		assertThat(history).isEmpty();
		JsonNode ownHistory = this.json
			.readTree(get("village-t02v01", "/engine-rest/history/task?processInstanceId=" + theirs.getId()).getBody());
		assertThat(ownHistory).as("a village's history is its 已办 page, not Camunda's history API").isEmpty();
		assertThat(this.engine.getAuthorizationService()
			.createAuthorizationQuery()
			.resourceType(Resources.HISTORIC_TASK)
			.resourceId(theirTask)
			.count()).as("no history authorization rows per task").isZero();
	}

	@Test
	void aVillageReadsProcessDefinitionsButCannotStartOrDeployProcesses() throws Exception {
		assertThat(
				this.json.readTree(get("village-t01v01", "/engine-rest/process-definition?key=inbox-probe").getBody()))
			.isNotEmpty();
		assertThat(post("village-t01v01", "/engine-rest/process-definition/key/inbox-probe/start", Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		MultiValueMap<String, Object> deployment = new LinkedMultiValueMap<>();
		deployment.add("deployment-name", "village-deploy-probe");
		deployment.add("data",
				new ByteArrayResource("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>"
					.getBytes(StandardCharsets.UTF_8)) {
					@Override
					public String getFilename() {
						return "probe.bpmn";
					}
				});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		assertThat(this.rest.withBasicAuth("village-t01v01", "demo")
			.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(deployment, headers), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void tasklistsFilterListWithVariablesAnswersAVillage() throws Exception {
		ProcessInstance mine = start("village-t01v01");
		for (InboxFilter inboxFilter : InboxFilter.values()) {
			Filter filter = this.filters.createFilterQuery().filterName(inboxFilter.title()).singleResult();
			assertThat(filter.getProperties().get("variables")).as(inboxFilter.title())
				.isEqualTo(InboxFilter.LIST_VARIABLES);
		}
		Filter department = this.filters.createFilterQuery().filterName("本部门待办").singleResult();
		// what Tasklist asks: HAL with the list variables embedded
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
		ResponseEntity<String> list = this.rest.withBasicAuth("village-t01v01", "demo")
			.exchange("/engine-rest/filter/" + department.getId() + "/list?firstResult=0&maxResults=1000",
					HttpMethod.GET, new HttpEntity<>(headers), String.class);
		assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(this.json.readTree(list.getBody()).findValuesAsText("processInstanceId")).contains(mine.getId());
	}

	@Test
	void aFilterSavedWithListVariablesAsAMapIsRepairedAtStartup() {
		Filter overdue = this.filters.createFilterQuery().filterName("已超期").singleResult();
		Map<String, Object> old = new java.util.LinkedHashMap<>(overdue.getProperties());
		old.put("variables", Map.of("unitName", "被巡察单位"));
		old.put("color", "#000000");
		overdue.setProperties(old);
		this.filters.saveFilter(overdue);

		this.setup.run(null);

		Map<String, Object> repaired = this.filters.getFilter(overdue.getId()).getProperties();
		assertThat(repaired.get("variables")).isEqualTo(InboxFilter.LIST_VARIABLES);
		assertThat(repaired.get("color")).as("what an administrator changed stays").isEqualTo("#000000");
		repaired.put("color", InboxFilter.OVERDUE.colour());
		Filter restored = this.filters.getFilter(overdue.getId());
		restored.setProperties(repaired);
		this.filters.saveFilter(restored);
	}

	@Test
	void theOfficeWorksItsTasksWithoutAReadRowPerTask() throws Exception {
		ProcessInstance officeWork = start("inspection-office");
		String task = taskOf(officeWork);
		AuthorizationService authorizations = this.engine.getAuthorizationService();
		Authorization row = authorizations.createAuthorizationQuery()
			.groupIdIn("inspection-office")
			.resourceType(Resources.TASK)
			.resourceId(task)
			.singleResult();
		assertThat(row.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
		assertThat(row.isPermissionGranted(Permissions.READ)).as("read comes from the definition grant").isFalse();
		assertThat(authorizations.createAuthorizationQuery()
			.groupIdIn("inspection-office")
			.resourceType(Resources.HISTORIC_TASK)
			.resourceId(task)
			.count()).isZero();

		assertThat(taskInstanceIds("inspection-office")).contains(officeWork.getId());
		assertThat(
				post("inspection-office", "/engine-rest/task/" + task + "/claim", Map.of("userId", "inspection-office"))
					.getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(post("inspection-office", "/engine-rest/task/" + task + "/complete", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.json
			.readTree(get("inspection-office", "/engine-rest/history/task?processInstanceId=" + officeWork.getId())
				.getBody()))
			.hasSize(1);
	}

	@Test
	void aVillageKeepsItsReadRowPerTaskAndAnotherVillageCannotWorkTheOfficesTask() throws Exception {
		String villageTask = taskOf(start("village-t01v01"));
		Authorization row = this.engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn("village-t01v01")
			.resourceType(Resources.TASK)
			.resourceId(villageTask)
			.singleResult();
		assertThat(row.isPermissionGranted(Permissions.READ)).isTrue();
		assertThat(row.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();

		String officeTask = taskOf(start("inspection-office"));
		assertThat(get("village-t01v01", "/engine-rest/task/" + officeTask).getStatusCode()).isIn(HttpStatus.FORBIDDEN,
				HttpStatus.NOT_FOUND);
		assertThat(post("village-t01v01", "/engine-rest/task/" + officeTask + "/complete", Map.of()).getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(officeTask).count()).isOne();
	}

	@Test
	void aUnitGroupMadeAfterStartUpHasTasklistAndTheCommonFiltersWithoutRowsOfItsOwn() throws Exception {
		String group = "village-late-" + Math.abs(this.marker.hashCode());
		IdentityService identity = this.engine.getIdentityService();
		identity.saveGroup(identity.newGroup(group));
		User user = identity.newUser(group);
		user.setPassword("demo");
		identity.saveUser(user);
		identity.createMembership(group, group);

		assertThat(this.engine.getAuthorizationService()
			.isUserAuthorized(group, List.of(group), Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
		assertThat(filterNames(group)).contains("我的待办", "本部门待办", "即将到期", "已超期").doesNotContain("全部可见");
		assertThat(this.engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(Resources.FILTER)
			.count()).isZero();
		ProcessInstance mine = start(group);
		assertThat(taskInstanceIds(group)).containsExactly(mine.getId());
	}

	@Test
	void aWrongPasswordIsRefusedThroughBasicAuth() {
		// Camunda delays a user's next login after a wrong password: use a user no other
		// test needs.
		String probe = "rest-wrong-password-probe";
		if (this.engine.getIdentityService().createUserQuery().userId(probe).count() == 0) {
			User user = this.engine.getIdentityService().newUser(probe);
			user.setPassword("right");
			this.engine.getIdentityService().saveUser(user);
		}
		assertThat(
				this.rest.withBasicAuth(probe, "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private ProcessInstance start(String villageGroup) {
		return start(villageGroup, new Date(TestClock.now().toEpochMilli() + 86_400_000L * 20));
	}

	private ProcessInstance start(String villageGroup, Date due) {
		return this.engine.getRuntimeService()
			.startProcessInstanceByKey("inbox-probe", this.marker,
					Map.of("villageGroup", villageGroup, "due", due, "unitName", villageGroup));
	}

	private String taskOf(ProcessInstance instance) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getId();
	}

	private List<String> taskInstanceIds(String user) throws Exception {
		JsonNode tasks = this.json.readTree(get(user, "/engine-rest/task?maxResults=5000").getBody());
		return tasks.findValuesAsText("processInstanceId");
	}

	private List<String> historicInstanceIds(String user) throws Exception {
		JsonNode instances = this.json
			.readTree(get(user, "/engine-rest/history/process-instance?maxResults=5000").getBody());
		return instances.findValuesAsText("id");
	}

	private List<String> filterNames(String user) throws Exception {
		return this.json.readTree(get(user, "/engine-rest/filter").getBody()).findValuesAsText("name");
	}

	private ResponseEntity<String> get(String user, String path) {
		return this.rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
	}

	private ResponseEntity<String> post(String user, String path, Object body) {
		return this.rest.withBasicAuth(user, "demo").postForEntity(path, body, String.class);
	}

}

package org.rectiflow.inbox;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

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
		ProcessInstance late = start("village-t01v02", new Date(System.currentTimeMillis() - 3_600_000));
		ProcessInstance onTime = start("village-t01v02", new Date(System.currentTimeMillis() + 86_400_000L * 10));
		Filter overdue = this.filters.createFilterQuery().filterName("已超期").singleResult();
		JsonNode list = this.json.readTree(
				get("village-t01v02", "/engine-rest/filter/" + overdue.getId() + "/list?maxResults=1000").getBody());
		List<String> ids = list.findValuesAsText("processInstanceId");
		assertThat(ids).contains(late.getId()).doesNotContain(onTime.getId());
	}

	private ProcessInstance start(String villageGroup) {
		return start(villageGroup, new Date(System.currentTimeMillis() + 86_400_000L * 20));
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

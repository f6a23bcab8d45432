package org.rectiflow.processadmin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The process-version console and its API: the list with source, deployer and running
 * counts; the diagram's XML; the differences between two versions; deploying from the
 * page (success and the gate's refusal); migration preview, batch and progress, with
 * instances that continue on the new version, an unmigratable instance refused with its
 * reason, and a failed migration job leaving its instance whole on the old version; 403
 * for everyone outside process-admin. Every deployment uses a test-only key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class ProcessConsoleTests {

	private static final Pattern BATCH = Pattern.compile("/migrations/([^/?]+)");

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	private MockMvc mvc;

	@BeforeEach
	void mvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void theListShowsEachProcessWithFileNameSourceDeployerAndRunningInstances() throws Exception {
		String key = ProcessModels.key();
		String page = upload("process-admin", key, ProcessModels.v1(key)).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("部署成功", "第 1 版");
		this.runtime.startProcessInstanceByKey(key);
		this.runtime.startProcessInstanceByKey(key);

		String list = ok(get("/console/processes"), "process-admin");
		// the real models, deployed at startup with absolute paths: shown by file name
		assertThat(list).contains("inspection-round.bpmn", "系统启动", "应用启动").doesNotContain("/target/classes/processes/");
		String row = section(list, "process-" + key);
		assertThat(row).contains("控制台上传", "process-admin", key + ".bpmn", "data-running=\"2\"");
		assertThat(list).contains("id=\"upload\"", "id=\"nav-processes\"");
	}

	@Test
	void theInspectionOfficeReadsButMayNotDeployOrMigrateAndOthersGetA403Page() throws Exception {
		String key = ProcessModels.key();
		deploy(key, ProcessModels.v1(key));
		deploy(key, ProcessModels.v2(key));

		String list = ok(get("/console/processes"), "inspection-office");
		assertThat(list).contains(key).doesNotContain("id=\"upload\"");
		ok(get("/console/processes/" + key + "/diff?from=1&to=2"), "inspection-office");

		long before = this.repository.createDeploymentQuery().count();
		String refused = this.mvc
			.perform(multipart("/console/processes/deployments")
				.file(new MockMultipartFile("files", key + ".bpmn", "application/octet-stream",
						ProcessModels.bytes(ProcessModels.v1(key))))
				.with(csrf())
				.with(as("inspection-office")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("无权访问", "流程管理员");
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);
		this.mvc.perform(get("/console/processes/" + key + "/migration?from=1&to=2").with(as("inspection-office")))
			.andExpect(status().isForbidden());

		for (String user : List.of("village-t01v01", "leading-group", "dept-agriculture")) {
			String page = this.mvc.perform(get("/console/processes").with(as(user)))
				.andExpect(status().isForbidden())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).as(user).contains("无权访问");
			this.mvc.perform(get("/console/processes/" + key + "/versions/1/xml").with(as(user)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/processes").with(as(user)))
				.andExpect(status().isForbidden())
				.andExpect((result) -> assertThat(result.getResponse().getContentType())
					.contains("application/problem+json"));
		}
		this.mvc
			.perform(post("/api/processes/" + key + "/migrations").with(as("inspection-office"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"from\":1,\"to\":2}"))
			.andExpect(status().isForbidden());
		// the nav entry is only for those who may read
		assertThat(ok(get("/inbox/done"), "village-t01v01")).doesNotContain("nav-processes");
	}

	@Test
	void theDiagramXmlIsServedToTheSessionAndThePageLoadsBpmnJs() throws Exception {
		String key = ProcessModels.key();
		deploy(key, ProcessModels.v1(key));
		String xml = this.mvc.perform(get("/console/processes/" + key + "/versions/1/xml").with(as("process-admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(xml).contains("id=\"" + key + "\"", "Task_A");
		String page = ok(get("/console/processes/" + key), "process-admin");
		assertThat(page).contains("bpmn-navigated-viewer.production.min.js",
				"data-xml=\"/console/processes/" + key + "/versions/1/xml\"");
		this.mvc.perform(get("/webjars/bpmn-js/dist/bpmn-navigated-viewer.production.min.js"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/console/processes/" + key + "/versions/9/xml").with(as("process-admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDiffNamesWhatWasAddedRemovedAndChanged() throws Exception {
		String key = ProcessModels.key();
		deploy(key, ProcessModels.v1(key));
		deploy(key, ProcessModels.v2(key));
		deploy(key, ProcessModels.v3(key));

		String added = ok(get("/console/processes/" + key + "/diff?from=1&to=2"), "process-admin");
		String addedTable = section(added, "diff-added");
		assertThat(addedTable).contains("新增复核", "Task_New", "用户任务", "Flow_4");
		String changed = section(added, "diff-changed");
		assertThat(changed).contains("Task_A", "候选组", "inspection-office,process-admin");
		assertThat(changed).contains("Flow_2", "目标", "Task_B", "Task_New");
		assertThat(changed).contains("Task_B", "到期日");
		assertThat(added).containsPattern("data-added=\"(Task_New,Flow_4|Flow_4,Task_New)\"");

		String removed = ok(get("/console/processes/" + key + "/diff?from=2&to=3"), "process-admin");
		assertThat(section(removed, "diff-removed")).contains("Task_B", "审核", "Task_New", "Flow_4");
		assertThat(section(removed, "diff-added")).contains("Task_C", "替代审核");

		ModelDiff.Result same = ModelDiff.between(ProcessModels.v1(key), ProcessModels.v1(key));
		assertThat(same.isEmpty()).isTrue();
	}

	@Test
	void aRefusedUploadShowsEachProblemAndDeploysNothing() throws Exception {
		String key = ProcessModels.key();
		BpmnModelInstance broken = ProcessModels.v1(key);
		broken.getModelElementById("Task_B")
			.setAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "candidateGroups", "no-such-department");
		long before = this.repository.createDeploymentQuery().count();
		String page = this.mvc
			.perform(multipart("/console/processes/deployments").file(new MockMultipartFile("files", key + ".bpmn",
					"application/octet-stream", ProcessModels.bytes(broken)))
				.with(csrf())
				.with(as("process-admin")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("部署被拒绝", key + ".bpmn", "Task_B", "no-such-department");
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);

		String wrongType = this.mvc
			.perform(multipart("/console/processes/deployments")
				.file(new MockMultipartFile("files", "notes.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(as("process-admin")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(wrongType).contains("只能部署 .bpmn 和 .form 文件");
		String tooLarge = this.mvc.perform(multipart("/console/processes/deployments")
			.file(new MockMultipartFile("files", key + ".bpmn", "application/octet-stream", new byte[3 * 1024 * 1024]))
			.with(csrf())
			.with(as("process-admin")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(tooLarge).contains("超过 2MB");
		// without the CSRF token the upload does not reach the page
		this.mvc
			.perform(multipart("/console/processes/deployments").file(new MockMultipartFile("files", key + ".bpmn",
					"application/octet-stream", ProcessModels.bytes(ProcessModels.v1(key))))
				.with(as("process-admin")))
			.andExpect(status().isForbidden());
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	@Test
	void anUnchangedUploadMakesNoNewVersionAndAChangedOneDoesAndNewInstancesUseIt() throws Exception {
		String key = ProcessModels.key();
		// the same file again (the fluent builder gives every model new random ids, so
		// reuse the bytes)
		byte[] first = ProcessModels.bytes(ProcessModels.v1(key));
		upload("process-admin", key, first);
		String again = upload("process-admin", key, first).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("没有产生新版本");
		String changed = upload("process-admin", key, ProcessModels.v2(key)).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(changed).contains("部署成功", "data-version=\"2\"");
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(key);
		assertThat(this.repository.getProcessDefinition(instance.getProcessDefinitionId()).getVersion()).isEqualTo(2);
	}

	@Test
	void aLabelOnlyChangeNeedsNoExplanationAndARemovedStepIsNamed() throws Exception {
		String key = ProcessModels.key();
		deploy(key, ProcessModels.v1(key));
		BpmnModelInstance renamed = ProcessModels.v1(key);
		renamed.<UserTask>getModelElementById("Task_B").setName("审核（终审）");
		deploy(key, renamed);
		deploy(key, ProcessModels.v3(key));

		String labelOnly = ok(get("/console/processes/" + key + "/migration?from=1&to=2"), "process-admin");
		assertThat(labelOnly).contains("映射 2 个实例可能停留的环节", "另有 2 个网关、连线和即时步骤只是流转经过，无需映射").doesNotContain("已删除或改了 id");

		String removed = ok(get("/console/processes/" + key + "/migration?from=1&to=3"), "process-admin");
		assertThat(removed).contains("映射 1 个实例可能停留的环节", "1 个环节在新版本中已删除或改了 id", "审核 (Task_B)");
	}

	@Test
	void migrationMovesWaitingInstancesToTheNewVersionAndTheyContinueThere() throws Exception {
		String key = ProcessModels.key();
		deploy(key, ProcessModels.v1(key));
		ProcessInstance atA = this.runtime.startProcessInstanceByKey(key, "A-1");
		ProcessInstance atB = this.runtime.startProcessInstanceByKey(key, "B-1");
		complete(atB.getId(), "Task_A");
		deploy(key, ProcessModels.v2(key));

		String preview = ok(get("/console/processes/" + key + "/migration?from=1&to=2"), "process-admin");
		assertThat(preview).contains("id=\"migratable\">2<", "id=\"unmigratable\">0<", "起草", "审核");

		MvcResult started = this.mvc
			.perform(post("/console/processes/" + key + "/migration").with(as("process-admin"))
				.with(csrf())
				.param("from", "1")
				.param("to", "2")
				.param("instanceIds", atA.getId(), atB.getId()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Matcher batch = BATCH.matcher(started.getResponse().getRedirectedUrl());
		assertThat(batch.find()).isTrue();
		String batchId = batch.group(1);

		String waiting = ok(get("/console/processes/" + key + "/migrations/" + batchId + "?from=1&to=2"),
				"process-admin");
		assertThat(waiting).contains("hx-get=", "hx-trigger=\"every 2s\"", "id=\"batch-total\">2<");
		runBatch(batchId, false);

		String done = this.mvc
			.perform(get("/console/processes/" + key + "/migrations/" + batchId).header("HX-Request", "true")
				.with(as("inspection-office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(done).contains("迁移完成").doesNotContain("hx-get=").doesNotContain("<html");

		for (ProcessInstance instance : List.of(atA, atB)) {
			String definition = this.runtime.createProcessInstanceQuery()
				.processInstanceId(instance.getId())
				.singleResult()
				.getProcessDefinitionId();
			assertThat(this.repository.getProcessDefinition(definition).getVersion()).isEqualTo(2);
		}
		// the one at A now takes the new step before B; the one at B finishes
		complete(atA.getId(), "Task_A");
		complete(atA.getId(), "Task_New");
		complete(atA.getId(), "Task_B");
		complete(atB.getId(), "Task_B");
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
	}

	@Test
	void instancesThatCannotMoveAreRefusedWithTheirReasonAndAFailedJobLeavesItsInstanceOnTheOldVersion()
			throws Exception {
		String key = ProcessModels.key();
		deploy(key, ProcessModels.v1(key));
		ProcessInstance atA = this.runtime.startProcessInstanceByKey(key, "A-2");
		ProcessInstance atB = this.runtime.startProcessInstanceByKey(key, "B-2");
		complete(atB.getId(), "Task_A");
		deploy(key, ProcessModels.v3(key));

		String preview = ok(get("/console/processes/" + key + "/migration?from=1&to=2"), "process-admin");
		assertThat(preview).contains("id=\"migratable\">1<", "id=\"unmigratable\">1<");
		String row = preview.substring(preview.indexOf("data-instance-id=\"" + atB.getId() + "\""));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("没有对应项", "Task_B");

		String api = this.mvc
			.perform(get("/api/processes/" + key + "/migration-plan?from=1&to=2").with(as("process-admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains("\"planValid\":true", "没有对应项");

		// choosing the instance that cannot move: refused with its reason, nothing
		// migrated
		long batches = this.management.createBatchQuery().count();
		String refused = this.mvc
			.perform(post("/api/processes/" + key + "/migrations").with(as("process-admin"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"from\":1,\"to\":2}"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("reasons", atB.getId(), "没有对应项");
		assertThat(this.management.createBatchQuery().count()).isEqualTo(batches);
		assertThat(version(atA)).isEqualTo(1);
		assertThat(version(atB)).isEqualTo(1);

		// the instance at A may move; it moves on to B (gone in v2) before its job runs:
		// the job fails and the instance stays on version 1, whole
		String accepted = this.mvc
			.perform(post("/api/processes/" + key + "/migrations").with(as("process-admin"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"from\":1,\"to\":2,\"processInstanceIds\":[\"" + atA.getId() + "\"]}"))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String batchId = accepted.replaceAll(".*\"batchId\":\"([^\"]+)\".*", "$1");
		complete(atA.getId(), "Task_A");
		runBatch(batchId, true);

		assertThat(version(atA)).isEqualTo(1);
		assertThat(this.tasks.createTaskQuery().processInstanceId(atA.getId()).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_B");
		String progress = this.mvc.perform(get("/api/processes/migrations/" + batchId).with(as("process-admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(progress).contains("\"failed\":1", "\"completed\":0", "没有对应项");
		String page = ok(get("/console/processes/" + key + "/migrations/" + batchId), "process-admin");
		assertThat(page).contains("id=\"batch-failures\"", "没有对应项", "其余作业均已失败");
		complete(atA.getId(), "Task_B");
		complete(atB.getId(), "Task_B");
	}

	@Test
	void theSameVersionOrAnUnknownVersionIsABadRequestNotAnError() throws Exception {
		String key = ProcessModels.key();
		deploy(key, ProcessModels.v1(key));
		this.mvc.perform(get("/console/processes/" + key + "/migration?from=1&to=1").with(as("process-admin")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/processes/" + key + "/migration-plan?from=1&to=7").with(as("process-admin")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/console/processes/" + key + "/diff?from=x&to=1").with(as("process-admin")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/console/processes/no-such-process").with(as("process-admin")))
			.andExpect(status().isNotFound());
	}

	/** Runs the batch as the job executor would: seed, migration jobs, monitor. */
	private void runBatch(String batchId, boolean expectFailure) {
		Batch batch = this.management.createBatchQuery().batchId(batchId).singleResult();
		Job seed = this.management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult();
		this.management.executeJob(seed.getId());
		for (Job job : this.management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()) {
			// one attempt, as if the retries were used up
			this.management.setJobRetries(job.getId(), 1);
			try {
				this.management.executeJob(job.getId());
			}
			catch (RuntimeException ex) {
				assertThat(expectFailure).as("migration job failed: " + ex.getMessage()).isTrue();
			}
		}
		Job monitor = this.management.createJobQuery()
			.jobDefinitionId(batch.getMonitorJobDefinitionId())
			.singleResult();
		if (monitor != null) {
			this.management.executeJob(monitor.getId());
		}
	}

	private int version(ProcessInstance instance) {
		String definition = this.runtime.createProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getProcessDefinitionId();
		return this.repository.getProcessDefinition(definition).getVersion();
	}

	private void complete(String instanceId, String taskKey) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(instanceId)
			.taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as(taskKey + " of " + instanceId).isNotNull();
		this.tasks.complete(task.getId());
	}

	private void deploy(String key, BpmnModelInstance model) {
		this.repository.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
	}

	private MvcResult upload(String user, String key, BpmnModelInstance model) throws Exception {
		return upload(user, key, ProcessModels.bytes(model));
	}

	private MvcResult upload(String user, String key, byte[] model) throws Exception {
		return this.mvc
			.perform(multipart("/console/processes/deployments")
				.file(new MockMultipartFile("files", key + ".bpmn", "application/octet-stream", model))
				.param("name", key)
				.with(csrf())
				.with(as(user)))
			.andExpect(status().isOk())
			.andReturn();
	}

	private String ok(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
			throws Exception {
		return this.mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The markup from the element with this id to the end of its table or section. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		int end = page.indexOf("</table>", start);
		return page.substring(start, (end > 0) ? end : page.length());
	}

	private static RequestPostProcessor as(String user) {
		return SecurityMockMvcRequestPostProcessors.user(user).authorities(new SimpleGrantedAuthority(user));
	}

}

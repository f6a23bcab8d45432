package org.rectiflow.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.EvidenceStore;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.TestClock;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitPriority;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * Real {@code rectification-item} processes for the workbench's tests, each for a new
 * village of 青山镇, with a problem text of the test's own to find it by.
 */
@Component
class WorkbenchFlows {

	private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong(
			System.currentTimeMillis() * 100 + 70);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
			'D', 'R' };

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final IdentityService identity;

	private final RoundFixtures rounds;

	private final EvidenceStore evidence;

	WorkbenchFlows(RuntimeService runtime, TaskService tasks, ManagementService management, IdentityService identity,
			RoundFixtures rounds, EvidenceStore evidence) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.identity = identity;
		this.rounds = rounds;
		this.evidence = evidence;
	}

	InspectedUnit village(String name) {
		return this.rounds.village(name, UnitPriority.ORDINARY);
	}

	/** A person of a group (made once), named for pages. */
	String member(String userId, String lastName, String firstName, String group) {
		if (this.identity.createUserQuery().userId(userId).count() == 0) {
			User user = this.identity.newUser(userId);
			user.setLastName(lastName);
			user.setFirstName(firstName);
			user.setPassword("demo");
			this.identity.saveUser(user);
			this.identity.createMembership(userId, group);
		}
		return userId;
	}

	/** An item in 待制定措施 (task 认领并制定整改措施 for the village). */
	Flow opened(InspectedUnit unit, String problem) {
		long findingId = IDS.incrementAndGet();
		Map<String, Object> variables = new HashMap<>();
		variables.put("findingId", String.valueOf(findingId));
		variables.put("inspectionRecordId", String.valueOf(findingId / 7));
		variables.put("unitCode", unit.getCode());
		variables.put("unitName", unit.getName());
		variables.put("villageGroup", unit.getGroupId());
		variables.put("townshipGroup", "township-t01");
		variables.put("feedbackDate", TestClock.today().minusDays(3).toString());
		variables.put("findingText", problem);
		variables.put("findingCategory", "COLLECTIVE_ASSETS");
		variables.put("supervisingDeptGroup", "dept-agriculture");
		ProcessInstance instance = this.runtime.startProcessInstanceByKey("rectification-item",
				String.valueOf(findingId), variables);
		Flow flow = new Flow(findingId, instance.getId(), unit);
		runDueJobs(flow);
		return flow;
	}

	/** The item with measures planned (落实整改 open). */
	Flow planned(InspectedUnit unit, String problem) {
		Flow flow = opened(unit, problem);
		Map<String, Object> plan = new HashMap<>();
		plan.put("measures", "重新公开发包，合同提交村民代表会议表决并公示");
		plan.put("responsiblePerson", "李主任");
		plan.put("responsiblePhone", "13912345678");
		plan.put("deadline", TestClock.today().plusDays(40).toString());
		plan.put("longTerm", false);
		this.tasks.complete(task(flow, "Task_PlanMeasures").getId(), plan);
		runDueJobs(flow);
		return flow;
	}

	/** The item in the four-party review, with one photo. */
	Flow inReview(InspectedUnit unit, String problem) {
		Flow flow = planned(unit, problem);
		try {
			this.evidence.attach(flow.itemId(), new CurrentUser(unit.getGroupId(), Set.of(unit.getGroupId())),
					"整改现场照片.png", "image/png", PNG.length, new ByteArrayResource(PNG));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Object> report = new HashMap<>();
		report.put("implementationSummary", "已重新公开发包并公示 7 天，群众无异议");
		report.put("moneyRecoveredYuan", 1200.0);
		report.put("mattersSolved", 1);
		this.tasks.complete(task(flow, "Task_Implement").getId(), report);
		runDueJobs(flow);
		return flow;
	}

	Task task(Flow flow, String definitionKey) {
		return this.tasks.createTaskQuery()
			.processInstanceId(flow.processInstanceId())
			.taskDefinitionKey(definitionKey)
			.singleResult();
	}

	void runDueJobs(Flow flow) {
		for (int round = 0; round < 20; round++) {
			List<Job> due = this.management.createJobQuery()
				.processInstanceId(flow.processInstanceId())
				.executable()
				.list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach((job) -> this.management.executeJob(job.getId()));
		}
	}

	record Flow(long itemId, String processInstanceId, InspectedUnit unit) {

	}

}

package org.rectiflow.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.EngineSteps;
import org.rectiflow.support.TestClock;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitPriority;

import org.springframework.stereotype.Component;

/**
 * Real {@code rectification-item} processes on the deployed model, for a new village of
 * 青山镇 each (so that counts of letters and notifications belong to one test).
 */
@Component
class ItemFlows {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong(
			System.currentTimeMillis() * 100 + 50);

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final RoundFixtures rounds;

	ItemFlows(RuntimeService runtime, TaskService tasks, ManagementService management, RoundFixtures rounds) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.rounds = rounds;
	}

	static LocalDate today() {
		return TestClock.today();
	}

	InspectedUnit village(String name) {
		return this.rounds.village(name, UnitPriority.ORDINARY);
	}

	/** An item of the unit with its measures planned and the given deadline (整改中). */
	Flow planned(InspectedUnit unit, LocalDate deadline) {
		Flow flow = opened(unit);
		Map<String, Object> plan = new HashMap<>();
		plan.put("measures", "重新公开发包鱼塘，合同提交村民代表会议表决并公示");
		plan.put("responsiblePerson", "李主任");
		plan.put("responsiblePhone", "13912345678");
		plan.put("deadline", deadline.toString());
		plan.put("longTerm", false);
		String task = this.tasks.createTaskQuery()
			.processInstanceId(flow.processInstanceId())
			.taskDefinitionKey("Task_PlanMeasures")
			.singleResult()
			.getId();
		this.tasks.complete(task, plan);
		runDueJobs(flow);
		return flow;
	}

	/** An item of the unit in 待制定措施 with its process. */
	Flow opened(InspectedUnit unit) {
		long findingId = IDS.incrementAndGet();
		Map<String, Object> variables = new HashMap<>();
		variables.put("findingId", String.valueOf(findingId));
		variables.put("inspectionRecordId", String.valueOf(findingId / 7));
		variables.put("unitCode", unit.getCode());
		variables.put("unitName", unit.getName());
		variables.put("villageGroup", unit.getGroupId());
		variables.put("townshipGroup", "township-t01");
		variables.put("feedbackDate", today().minusDays(3).toString());
		variables.put("findingText", "村集体鱼塘承包合同未经村民代表会议表决");
		variables.put("findingCategory", "COLLECTIVE_ASSETS");
		variables.put("supervisingDeptGroup", "dept-agriculture");
		ProcessInstance instance = this.runtime.startProcessInstanceByKey("rectification-item",
				String.valueOf(findingId), variables);
		Flow flow = new Flow(findingId, instance.getId(), unit);
		runDueJobs(flow);
		return flow;
	}

	void runDueJobs(Flow flow) {
		EngineSteps.runJobs(this.management, flow.processInstanceId());
	}

	long openTasks(Flow flow, String definitionKey) {
		return this.tasks.createTaskQuery()
			.processInstanceId(flow.processInstanceId())
			.taskDefinitionKey(definitionKey)
			.count();
	}

	record Flow(long itemId, String processInstanceId, InspectedUnit unit) {

	}

}

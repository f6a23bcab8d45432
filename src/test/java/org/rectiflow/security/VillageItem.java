package org.rectiflow.security;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.rectiflow.support.TestClock;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger item of the demo village 青山村 (T01V01) supervised by dept-agriculture, with its
 * real {@code rectification-item} process, as the round opens it and the village plans it
 * (as cluster/VillageItems, which is package-private there).
 */
final class VillageItem {

	static final String VILLAGE = "village-t01v01";

	static final String DEPARTMENT = "dept-agriculture";

	private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 100 + 60);

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	final long id;

	private VillageItem(ApplicationContext context, long id) {
		this.runtime = context.getBean(RuntimeService.class);
		this.tasks = context.getBean(TaskService.class);
		this.management = context.getBean(ManagementService.class);
		this.id = id;
	}

	/** A new item in 整改中, waiting at 落实整改 (Task_Implement), due in 30 days. */
	static VillageItem planned(ApplicationContext context) {
		VillageItem item = new VillageItem(context, IDS.incrementAndGet());
		Map<String, Object> variables = new HashMap<>();
		variables.put("findingId", String.valueOf(item.id));
		variables.put("inspectionRecordId", String.valueOf(item.id / 7));
		variables.put("unitCode", "T01V01");
		variables.put("unitName", "青山村");
		variables.put("villageGroup", VILLAGE);
		variables.put("townshipGroup", "township-t01");
		variables.put("feedbackDate", TestClock.today().minusDays(3).toString());
		variables.put("findingText", "村集体鱼塘承包合同未经村民代表会议表决");
		variables.put("findingCategory", "COLLECTIVE_ASSETS");
		variables.put("supervisingDeptGroup", DEPARTMENT);
		item.runtime.startProcessInstanceByKey("rectification-item", String.valueOf(item.id), variables);
		item.runDueJobs();
		item.tasks.complete(item.task("Task_PlanMeasures"), plan(TestClock.today().plusDays(30)));
		item.runDueJobs();
		item.task("Task_Implement");
		return item;
	}

	static Map<String, Object> plan(LocalDate deadline) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("measures", "重新公开发包鱼塘，合同提交村民代表会议表决并公示");
		plan.put("responsiblePerson", "李主任");
		plan.put("responsiblePhone", "13912345678");
		plan.put("deadline", deadline.toString());
		plan.put("longTerm", false);
		return plan;
	}

	String process() {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey("rectification-item")
			.processInstanceBusinessKey(String.valueOf(this.id))
			.singleResult()
			.getId();
	}

	/** The id of the item's open task of that definition. */
	String task(String definitionKey) {
		var task = this.tasks.createTaskQuery()
			.processInstanceId(process())
			.taskDefinitionKey(definitionKey)
			.singleResult();
		assertThat(task).as(definitionKey).isNotNull();
		return task.getId();
	}

	Object variable(String name) {
		return this.runtime.getVariable(process(), name);
	}

	void runDueJobs() {
		for (int round = 0; round < 20; round++) {
			List<Job> due = this.management.createJobQuery().processInstanceId(process()).executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach((job) -> this.management.executeJob(job.getId()));
		}
	}

}

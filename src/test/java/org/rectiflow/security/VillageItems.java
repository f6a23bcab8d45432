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
import org.rectiflow.common.BusinessDate;
import org.rectiflow.support.EngineSteps;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledger items of the demo village 青山村 (T01V01) supervised by dept-agriculture, each with
 * its real {@code rectification-item} process, opened as the round opens them and planned
 * as the village plans them.
 */
final class VillageItems {

	static final String UNIT = "T01V01";

	static final String VILLAGE = "village-t01v01";

	static final String TOWNSHIP = "township-t01";

	static final String DEPARTMENT = "dept-agriculture";

	/** Item ids are finding ids; these never meet a real finding's. */
	private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 100 + 80);

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final BusinessDate dates;

	VillageItems(ApplicationContext context) {
		this.runtime = context.getBean(RuntimeService.class);
		this.tasks = context.getBean(TaskService.class);
		this.management = context.getBean(ManagementService.class);
		this.dates = context.getBean(BusinessDate.class);
	}

	/**
	 * A new item waiting at 认领并制定整改措施 (Task_PlanMeasures).
	 * @param roundId its round, or null
	 * @param inspectionId its inspection, or null
	 * @return the item's id, also its process's business key
	 */
	long opened(Long roundId, Long inspectionId) {
		long id = IDS.incrementAndGet();
		Map<String, Object> variables = new HashMap<>();
		variables.put("findingId", String.valueOf(id));
		if (roundId != null) {
			variables.put("roundId", String.valueOf(roundId));
		}
		variables.put("inspectionRecordId", String.valueOf((inspectionId != null) ? inspectionId : id / 7));
		variables.put("unitCode", UNIT);
		variables.put("unitName", "青山村");
		variables.put("villageGroup", VILLAGE);
		variables.put("townshipGroup", TOWNSHIP);
		variables.put("feedbackDate", this.dates.today().minusDays(3).toString());
		variables.put("findingText", "村集体鱼塘承包合同未经村民代表会议表决");
		variables.put("findingCategory", "COLLECTIVE_ASSETS");
		variables.put("supervisingDeptGroup", DEPARTMENT);
		String process = this.runtime.startProcessInstanceByKey("rectification-item", String.valueOf(id), variables)
			.getId();
		EngineSteps.runJobs(this.management, process);
		task(id, "Task_PlanMeasures");
		return id;
	}

	/** A new item in 整改中, waiting at 落实整改 (Task_Implement), due in 30 days. */
	long planned(Long roundId, Long inspectionId) {
		long id = opened(roundId, inspectionId);
		this.tasks.complete(task(id, "Task_PlanMeasures"), plan(this.dates.today().plusDays(30)));
		EngineSteps.runJobs(this.management, processOf(id));
		task(id, "Task_Implement");
		return id;
	}

	/** What the village enters in 认领并制定整改措施. */
	static Map<String, Object> plan(LocalDate deadline) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("measures", "重新公开发包鱼塘，合同提交村民代表会议表决并公示");
		plan.put("responsiblePerson", "李主任");
		plan.put("responsiblePhone", "13912345678");
		plan.put("deadline", deadline.toString());
		plan.put("longTerm", false);
		return plan;
	}

	String processOf(long itemId) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey("rectification-item")
			.processInstanceBusinessKey(String.valueOf(itemId))
			.singleResult()
			.getId();
	}

	/** The id of the item's open task of that definition. */
	String task(long itemId, String definitionKey) {
		return EngineSteps.task(this.tasks, processOf(itemId), definitionKey).getId();
	}

}

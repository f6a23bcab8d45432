package org.rectiflow.workbench;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.rectiflow.support.TestClock;

/**
 * Real {@code rectification-item} processes of the demo village 青山镇 T01V01 (user
 * {@code village-t01v01}), brought to 落实整改 with the engine's API.
 */
final class WorkbenchItems {

	static final String VILLAGE = "village-t01v01";

	static final String DEPARTMENT = "dept-agriculture";

	/** Item ids far from those of other tests. */
	private static final AtomicLong IDS = new AtomicLong(7_000_000_000_000_000L + System.currentTimeMillis() * 1000);

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	WorkbenchItems(RuntimeService runtime, TaskService tasks, ManagementService management) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
	}

	/** An item whose measures are planned: its 落实整改 task is open. */
	Item implementing(String problem) {
		long id = IDS.incrementAndGet();
		Map<String, Object> variables = new HashMap<>();
		variables.put("findingId", String.valueOf(id));
		variables.put("inspectionRecordId", String.valueOf(id / 7));
		variables.put("unitCode", "T01V01");
		variables.put("villageGroup", VILLAGE);
		variables.put("feedbackDate", TestClock.today().minusDays(3).toString());
		variables.put("findingText", problem);
		variables.put("findingCategory", "COLLECTIVE_ASSETS");
		variables.put("supervisingDeptGroup", DEPARTMENT);
		String instance = this.runtime.startProcessInstanceByKey("rectification-item", String.valueOf(id), variables)
			.getId();
		Item item = new Item(id, instance);
		runJobs(item);
		Map<String, Object> plan = new HashMap<>();
		plan.put("measures", "重新公开发包鱼塘，合同提交村民代表会议表决并公示");
		plan.put("responsiblePerson", "李主任");
		plan.put("responsiblePhone", "13912345678");
		plan.put("deadline", TestClock.today().plusDays(30).toString());
		plan.put("longTerm", false);
		this.tasks.complete(task(item, "Task_PlanMeasures").getId(), plan);
		runJobs(item);
		return item;
	}

	Task task(Item item, String definitionKey) {
		return this.tasks.createTaskQuery()
			.processInstanceId(item.processInstanceId())
			.taskDefinitionKey(definitionKey)
			.singleResult();
	}

	void runJobs(Item item) {
		for (int round = 0; round < 20; round++) {
			List<Job> due = this.management.createJobQuery()
				.processInstanceId(item.processInstanceId())
				.executable()
				.list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach((job) -> this.management.executeJob(job.getId()));
		}
	}

	/** A small real photo (PNG). */
	static byte[] photo() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(40, 120, 200));
		graphics.fillRect(0, 0, 64, 48);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Item(long id, String processInstanceId) {
	}

}

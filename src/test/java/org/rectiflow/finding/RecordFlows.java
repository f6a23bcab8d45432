package org.rectiflow.finding;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.Inspections;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.EngineSteps;
import org.rectiflow.support.TestClock;

import org.springframework.stereotype.Component;

/**
 * Inspections driven through the round process to the steps the record page cares about.
 */
@Component
public class RecordFlows {

	private final RoundFixtures rounds;

	private final Inspections inspections;

	private final TaskService tasks;

	private final ManagementService management;

	RecordFlows(RoundFixtures rounds, Inspections inspections, TaskService tasks, ManagementService management) {
		this.rounds = rounds;
		this.inspections = inspections;
		this.tasks = tasks;
		this.management = management;
	}

	/** An inspection of a new village by the team, on site (its process at 开展进驻巡察). */
	public Inspection onsite(String team) {
		Inspection planned = this.rounds.inspection(team);
		String pid = planned.getProcessInstanceId();
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_PlanInspection").getId(),
				Map.of("isKeyUnit", false, "unitCategory", "ORDINARY", "inspectionMode", "CROSS", "auditMode",
						"INSPECT_FIRST", "teamGroup", team, "teamLeaderName", "刘组长", "teamLeaderPhone", "13800000000",
						"onsiteStartDate", TestClock.today().toString()));
		for (String briefing : List.of("Task_BriefingDiscipline", "Task_BriefingOrganization", "Task_BriefingPetition",
				"Task_BriefingAudit", "Task_BriefingTownship")) {
			this.tasks.complete(EngineSteps.task(this.tasks, pid, briefing).getId());
		}
		return this.inspections.get(planned.getId());
	}

	/** Completes 开展进驻巡察 and lets the minimum time on site pass: 起草巡察报告 is open. */
	public void onsiteEnded(Inspection inspection) {
		String pid = inspection.getProcessInstanceId();
		String today = TestClock.today().toString();
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_ConductOnsite").getId(),
				Map.of("announcementDate", today, "onsiteEndDate", today, "onsiteSummary", "进驻工作按计划完成"));
		Job timer = this.management.createJobQuery()
			.processInstanceId(pid)
			.activityId("Event_MinimumOnsiteReached")
			.singleResult();
		if (timer != null) {
			this.management.executeJob(timer.getId());
		}
	}

	/** Completes 起草巡察报告. */
	public void reportDrafted(Inspection inspection) {
		this.tasks.complete(EngineSteps.task(this.tasks, inspection.getProcessInstanceId(), "Task_DraftReport").getId(),
				Map.of("reportSummary", "本次巡察共发现问题若干，详见问题清单。"));
	}

	/** The inspection office approves the report: 听取巡察情况汇报 is open. */
	public void reportApproved(Inspection inspection) {
		this.tasks.complete(
				EngineSteps.task(this.tasks, inspection.getProcessInstanceId(), "Task_ReviewReport").getId(),
				Map.of("reportDecision", "APPROVE"));
	}

	/** The open task of the step. */
	public String task(Inspection inspection, String step) {
		return EngineSteps.task(this.tasks, inspection.getProcessInstanceId(), step).getId();
	}

}

package org.rectiflow.console;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.finding.Finding;
import org.rectiflow.finding.FindingCategory;
import org.rectiflow.finding.Findings;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.rectification.EvidenceStore;
import org.rectiflow.round.AuditMode;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.InspectionPlanner;
import org.rectiflow.round.InspectionRound;
import org.rectiflow.round.PlanInspection;
import org.rectiflow.round.Rounds;
import org.rectiflow.unit.UnitTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * The demo scenario (演示场景) of the console, in the {@code demo} profile only: one round
 * ({@value #ROUND_NAME}) with inspections of seven units, their findings, and a
 * rectification item for each, moved by the real {@code rectification-item} process to
 * various states — waiting for measures, in progress, yellow and green warnings, overdue
 * in each township and several departments (red, flagged, some long overdue with an
 * admonishing talk), and signed off after the four-party review.
 * <p>
 * Nothing is written around the processes: rounds, inspections and findings go through
 * their modules' services; items through process instances whose tasks are completed as
 * the responsible groups would, and whose timers are the process's own. To make an item
 * overdue or signed off in an earlier week, the engine's clock is set back for the steps
 * of that item only and reset at once; the warning timers then fire as jobs, as the job
 * executor would run them.
 * <p>
 * {@link #seed()} is idempotent (it does nothing once the round exists). It runs once at
 * startup when {@code rectiflow.demo.scenario.enabled} is true (the {@code demo}
 * profile), and tests call it themselves.
 */
@Component
@Profile("demo")
public class DemoScenario {

	/** The round the scenario creates; its presence means "seeded". */
	public static final String ROUND_NAME = "演示：本届第一轮村(社区)巡察";

	private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);

	private static final CurrentUser OFFICE = new CurrentUser(GroupIds.INSPECTION_OFFICE,
			Set.of(GroupIds.INSPECTION_OFFICE));

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
			'D', 'R' };

	/** What the scenario makes of each finding. */
	enum Outcome {

		/** 待制定措施 */
		TO_PLAN,
		/** 整改中, deadline far ahead */
		IN_PROGRESS,
		/** 整改中, deadline within 20 days: green */
		GREEN,
		/** 整改中, deadline within 10 days: yellow */
		YELLOW,
		/** deadline passed: red, flagged (over 30 days: admonishing talk) */
		OVERDUE,
		/** signed off after the four-party review */
		SIGNED_OFF

	}

	/**
	 * One finding of the scenario.
	 *
	 * @param days for OVERDUE days past the deadline; for SIGNED_OFF days ago; otherwise
	 * days until the deadline
	 */
	record Line(String unitCode, FindingCategory category, String department, String text, Outcome outcome, int days) {

	}

	static final List<Line> LINES = List.of(
			new Line("T01V01", FindingCategory.COLLECTIVE_ASSETS, "dept-agriculture", "村集体鱼塘承包合同未经村民代表会议表决，承包费明显低于市场价",
					Outcome.OVERDUE, 35),
			new Line("T01V01", FindingCategory.SERVICE_TO_PEOPLE, "dept-civil-affairs", "低保评定结果未按规定张榜公示，群众反映评定不公",
					Outcome.OVERDUE, 12),
			new Line("T01V01", FindingCategory.COLLECTIVE_ASSETS, "dept-finance", "村级财务票据报销手续不全，部分支出无经手人签字",
					Outcome.YELLOW, 7),
			new Line("T01V01", FindingCategory.POLICY_IMPLEMENTATION, "dept-agriculture", "耕地地力保护补贴发放台账不全",
					Outcome.SIGNED_OFF, 20),
			new Line("T01V02", FindingCategory.POLICY_IMPLEMENTATION, "dept-housing", "农村危房改造补助资金拨付滞后", Outcome.OVERDUE,
					5),
			new Line("T01V02", FindingCategory.OTHER, "dept-natural-resources", "村内违法占地建房问题未及时制止上报",
					Outcome.IN_PROGRESS, 45),
			new Line("T02V01", FindingCategory.SERVICE_TO_PEOPLE, "dept-water", "农村饮水工程管护不到位，部分农户季节性缺水",
					Outcome.OVERDUE, 20),
			new Line("T02V01", FindingCategory.COLLECTIVE_ASSETS, "dept-agriculture", "集体土地流转收益未及时入账", Outcome.OVERDUE,
					3),
			new Line("T02V01", FindingCategory.ORGANIZATION_BUILDING, "dept-civil-affairs", "村务监督委员会未按期开展监督活动",
					Outcome.TO_PLAN, 0),
			new Line("T02V01", FindingCategory.COLLECTIVE_ASSETS, "dept-finance", "村集体资产未建立登记台账", Outcome.SIGNED_OFF,
					6),
			new Line("T02V03", FindingCategory.POLICY_IMPLEMENTATION, "dept-housing", "农房安全隐患排查整治不彻底", Outcome.GREEN,
					15),
			new Line("T03C01", FindingCategory.STYLE_AND_INTEGRITY, "dept-civil-affairs", "社区服务大厅工作人员迟到早退、服务态度生硬",
					Outcome.OVERDUE, 8),
			new Line("T03C01", FindingCategory.SERVICE_TO_PEOPLE, "dept-civil-affairs", "高龄津贴申领材料要求群众重复提交",
					Outcome.SIGNED_OFF, 13),
			new Line("T03V06", FindingCategory.OTHER, "dept-natural-resources", "村道两侧乱堆乱放、违规搭建", Outcome.IN_PROGRESS,
					60));

	private final Rounds rounds;

	private final InspectionPlanner planner;

	private final Findings findings;

	private final EvidenceStore evidence;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final IdentityService identity;

	private final UnitTerm term;

	private final BusinessDate clock;

	DemoScenario(Rounds rounds, InspectionPlanner planner, Findings findings, EvidenceStore evidence,
			RuntimeService runtime, TaskService tasks, ManagementService management, IdentityService identity,
			UnitTerm term, BusinessDate clock) {
		this.rounds = rounds;
		this.planner = planner;
		this.findings = findings;
		this.evidence = evidence;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.identity = identity;
		this.term = term;
		this.clock = clock;
	}

	/**
	 * Seeds the scenario unless its round exists.
	 * @return the scenario's round
	 */
	public synchronized InspectionRound seed() {
		InspectionRound existing = this.rounds.named(ROUND_NAME).orElse(null);
		if (existing != null) {
			return existing;
		}
		LocalDate today = today();
		InspectionRound round = this.rounds.open(ROUND_NAME, this.term.start().getYear(), this.term.end().getYear(),
				today, OFFICE);
		Map<String, Inspection> inspections = new HashMap<>();
		int team = 0;
		for (Line line : LINES) {
			Inspection inspection = inspections.get(line.unitCode());
			if (inspection == null) {
				team = team % 3 + 1;
				inspection = this.planner.plan(new PlanInspection(round.getId(), line.unitCode(), null,
						GroupIds.TEAM_PREFIX + team, AuditMode.AUDIT_ALONGSIDE, today.plusDays(7), null), OFFICE);
				inspections.put(line.unitCode(), inspection);
			}
			Finding finding = this.findings.record(inspection.getId(), line.text(), line.category(), line.department(),
					OFFICE);
			rectify(finding, inspection, line);
		}
		log.info("Seeded the console's demo scenario: round {} with {} rectification items", round.getId(),
				LINES.size());
		return round;
	}

	private void rectify(Finding finding, Inspection inspection, Line line) {
		LocalDate today = today();
		String unitGroup = inspection.getUnitGroupId();
		switch (line.outcome()) {
			case TO_PLAN -> start(finding, inspection, today.minusDays(10));
			case IN_PROGRESS, GREEN, YELLOW -> {
				String process = start(finding, inspection, today.minusDays(20));
				complete(process, unitGroup, "Task_PlanMeasures", plan(line, today.plusDays(line.days())));
				runJobs(process);
			}
			case OVERDUE -> {
				LocalDate then = today.minusDays(line.days() + 40L);
				String process = at(then, () -> {
					String started = start(finding, inspection, then.minusDays(5));
					complete(started, unitGroup, "Task_PlanMeasures", plan(line, today.minusDays(line.days())));
					return started;
				});
				// the warning timers are due now: green, yellow, red (and the admonishing
				// talk 30 days after the deadline)
				runJobs(process);
			}
			case SIGNED_OFF -> {
				LocalDate then = today.minusDays(line.days());
				at(then, () -> {
					String process = start(finding, inspection, then.minusDays(30));
					complete(process, unitGroup, "Task_PlanMeasures", plan(line, then.plusDays(30)));
					runJobs(process);
					attachPhoto(finding.getId(), unitGroup);
					complete(process, unitGroup, "Task_Implement", implemented(line));
					complete(process, GroupIds.INSPECTION_OFFICE, "Task_ReviewOffice", approve("office"));
					complete(process, GroupIds.DISCIPLINE_COMMISSION, "Task_ReviewDiscipline", approve("discipline"));
					complete(process, GroupIds.ORGANIZATION_DEPT, "Task_ReviewOrganization", approve("organization"));
					complete(process, line.department(), "Task_ReviewDepartment", approve("department"));
					runJobs(process);
					return process;
				});
			}
		}
	}

	/** Starts the finding's item process and runs its first (asynchronous) step. */
	private String start(Finding finding, Inspection inspection, LocalDate feedbackDate) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("findingId", String.valueOf(finding.getId()));
		variables.put("inspectionRecordId", String.valueOf(inspection.getId()));
		variables.put("feedbackDate", feedbackDate.toString());
		ProcessInstance instance = this.runtime.startProcessInstanceByKey("rectification-item",
				String.valueOf(finding.getId()), variables);
		runJobs(instance.getId());
		return instance.getId();
	}

	private void complete(String processInstanceId, String group, String taskKey, Map<String, Object> variables) {
		Task task = null;
		// with a job executor running (the demo application), an asynchronous step may
		// still be on its way: run what is due and look again, for up to 30 seconds
		for (int attempt = 0; attempt < 60 && task == null; attempt++) {
			task = this.tasks.createTaskQuery()
				.processInstanceId(processInstanceId)
				.taskDefinitionKey(taskKey)
				.singleResult();
			if (task == null) {
				runJobs(processInstanceId);
				pause();
			}
		}
		if (task == null) {
			throw new IllegalStateException("演示场景：流程 " + processInstanceId + " 没有待办 " + taskKey);
		}
		this.identity.setAuthentication(group, List.of(group));
		try {
			this.tasks.complete(task.getId(), variables);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private void attachPhoto(Long itemId, String unitGroup) {
		try {
			this.evidence.attach(itemId, new CurrentUser(unitGroup, Set.of(unitGroup)), "整改现场照片.png", "image/png",
					PNG.length, new ByteArrayResource(PNG));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Runs the due jobs of one process instance, as the job executor would. */
	private void runJobs(String processInstanceId) {
		for (int round = 0; round < 20; round++) {
			List<Job> due = this.management.createJobQuery().processInstanceId(processInstanceId).executable().list();
			if (due.isEmpty()) {
				return;
			}
			for (Job job : due) {
				try {
					this.management.executeJob(job.getId());
				}
				catch (OptimisticLockingException ex) {
					// the job executor ran it meanwhile
				}
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Runs {@code steps} with the engine's clock set to 10:00 of {@code day}. */
	private <T> T at(LocalDate day, java.util.function.Supplier<T> steps) {
		return this.clock.on(day, steps);
	}

	private LocalDate today() {
		return this.clock.today();
	}

	private static Map<String, Object> plan(Line line, LocalDate deadline) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("measures", "针对「" + line.text() + "」：召开村(社区)两委会议研究，逐项核查、限期整改并公示结果");
		plan.put("responsiblePerson", "王书记");
		plan.put("responsiblePhone", "13800000000");
		plan.put("deadline", deadline.toString());
		plan.put("longTerm", false);
		return plan;
	}

	private static Map<String, Object> implemented(Line line) {
		Map<String, Object> report = new HashMap<>();
		report.put("implementationSummary", "已完成整改并在村务公开栏公示 7 天，群众无异议");
		report.put("moneyRecoveredYuan", (line.category() == FindingCategory.COLLECTIVE_ASSETS) ? 12800.0 : 3500.0);
		report.put("mattersSolved", 2);
		return report;
	}

	private static Map<String, Object> approve(String party) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(party + "ReviewDecision", "APPROVE");
		variables.put(party + "ReturnReason", null);
		return variables;
	}

}

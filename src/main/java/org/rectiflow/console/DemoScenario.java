package org.rectiflow.console;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.evaluation.DemoAnswers;
import org.rectiflow.finding.Finding;
import org.rectiflow.finding.FindingCategory;
import org.rectiflow.finding.Findings;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.rectification.EvidenceStore;
import org.rectiflow.rectification.ReviewParties;
import org.rectiflow.rectification.ReviewParty;
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
 * ({@value #ROUND_NAME}) of eight inspections, each at a stage that fits its records
 * (decision 0030): one in 巡察准备, one on site with problems recorded, four in 整改 with their
 * rectification items in various states — waiting for measures, in progress, yellow,
 * overdue in each township and several departments (red, flagged, some long overdue with
 * an admonishing talk), signed off after the four-party review — one at the villagers'
 * evaluation and one signed off and waiting for 回头看.
 * <p>
 * Nothing is written around the processes: the round, inspections and findings go through
 * their modules' services, and every inspection through its {@code inspection-round}
 * process, whose tasks are completed as the responsible groups would and whose call
 * activity starts the items. Each step happens on its own day on the engine's clock
 * ({@link BusinessDate#on}); the steps of all inspections run in the order of their days,
 * and the timers fire as jobs, as the job executor would run them.
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
			new Line("T02V03", FindingCategory.POLICY_IMPLEMENTATION, "dept-housing", "农房安全隐患排查整治不彻底",
					Outcome.SIGNED_OFF, 15),
			new Line("T03C01", FindingCategory.STYLE_AND_INTEGRITY, "dept-civil-affairs", "社区服务大厅工作人员迟到早退、服务态度生硬",
					Outcome.OVERDUE, 8),
			new Line("T03C01", FindingCategory.SERVICE_TO_PEOPLE, "dept-civil-affairs", "高龄津贴申领材料要求群众重复提交",
					Outcome.SIGNED_OFF, 13),
			new Line("T03V06", FindingCategory.OTHER, "dept-natural-resources", "村道两侧乱堆乱放、违规搭建", Outcome.SIGNED_OFF,
					60));

	/**
	 * What each inspection of the scenario has reached. The units of {@link #LINES} with
	 * open items stay in 整改; the two whose items are all signed off went on.
	 */
	enum Target {

		/** 巡察准备: the work plan is still to be made */
		PREPARATION,
		/** 进驻: on site, problems recorded, no report yet */
		ONSITE,
		/** 整改: fed back, the items run (some overdue, with letters) */
		RECTIFICATION,
		/** 群众满意度测评: every item signed off, the villagers are evaluating */
		EVALUATION,
		/** 销号 and waiting for 回头看: graded, the follow-up timer runs */
		CLOSED

	}

	/** The inspections: unit, what it reached, team, key unit. */
	record Visit(String unitCode, Target target, int team, boolean key) {

	}

	static final List<Visit> VISITS = List.of(new Visit("T01V01", Target.RECTIFICATION, 1, true),
			new Visit("T01V02", Target.RECTIFICATION, 2, false), new Visit("T02V01", Target.RECTIFICATION, 3, false),
			new Visit("T02V03", Target.EVALUATION, 1, false), new Visit("T03C01", Target.RECTIFICATION, 2, false),
			new Visit("T03V06", Target.CLOSED, 3, false), new Visit("T02V02", Target.ONSITE, 1, true),
			new Visit("T03C02", Target.PREPARATION, 2, false));

	/**
	 * Problems the team on site in 沙坝村 has recorded so far (no items before feedback).
	 */
	static final List<String> ONSITE_FINDINGS = List.of("村务监督委员会成员由村干部近亲属担任", "扶贫项目资产管护责任不明确，部分设施闲置");

	/**
	 * How many days before the scenario's day its round starts; the scenario's day is
	 * {@link #dayOf(InspectionRound)}.
	 */
	static final int ROUND_DAYS_BEFORE = 120;

	private final Rounds rounds;

	private final InspectionPlanner planner;

	private final Findings findings;

	private final EvidenceStore evidence;

	private final DemoAnswers answers;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final IdentityService identity;

	private final UnitTerm term;

	private final BusinessDate clock;

	private final ReviewParties reviewParties;

	private final RepositoryService repository;

	DemoScenario(Rounds rounds, InspectionPlanner planner, Findings findings, EvidenceStore evidence,
			DemoAnswers answers, RuntimeService runtime, TaskService tasks, ManagementService management,
			IdentityService identity, UnitTerm term, BusinessDate clock, ReviewParties reviewParties,
			RepositoryService repository) {
		this.reviewParties = reviewParties;
		this.repository = repository;
		this.rounds = rounds;
		this.planner = planner;
		this.findings = findings;
		this.evidence = evidence;
		this.answers = answers;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.identity = identity;
		this.term = term;
		this.clock = clock;
	}

	/** The scenario's day ("today" when it was seeded): the day its counts are of. */
	public static LocalDate dayOf(InspectionRound round) {
		return round.getStartsOn().plusDays(ROUND_DAYS_BEFORE);
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
		LocalDate opened = today.minusDays(ROUND_DAYS_BEFORE);
		InspectionRound round = at(opened, () -> this.rounds.open(ROUND_NAME, this.term.start().getYear(),
				this.term.end().getYear(), opened, OFFICE));
		List<Step> steps = new ArrayList<>();
		List<Walk> walks = new ArrayList<>();
		for (Visit visit : VISITS) {
			Walk walk = new Walk(round.getId(), visit,
					LINES.stream().filter((line) -> line.unitCode().equals(visit.unitCode())).toList());
			walks.add(walk);
			schedule(walk, today, steps);
		}
		// one clock for all: the steps of every inspection in the order of their days
		steps.sort(Comparator.comparing(Step::day, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Step::order));
		for (Step step : steps) {
			if (step.day() == null) {
				step.action().run();
			}
			else {
				at(step.day(), () -> {
					step.action().run();
					return null;
				});
			}
		}
		// what fell due since, as the job executor would run it: the warning timers
		// (green, yellow, red, the admonishing talk 30 days after a deadline)
		for (Walk walk : walks) {
			if (walk.pid != null) {
				runTreeJobs(walk.pid);
			}
		}
		log.info("Seeded the console's demo scenario: round {} with {} inspections and {} rectification items",
				round.getId(), VISITS.size(), LINES.size());
		return round;
	}

	/** One inspection's way from the plan to its target, step by step with their days. */
	private void schedule(Walk walk, LocalDate today, List<Step> steps) {
		Visit visit = walk.visit;
		LocalDate feedback = feedbackDay(walk, today);
		LocalDate planned = (visit.target() == Target.PREPARATION) ? today.minusDays(2)
				: (visit.target() == Target.ONSITE) ? today.minusDays(6) : feedback.minusDays(30);
		LocalDate onsite = planned.plusDays(3);
		Runnable plan = () -> {
			walk.inspection = this.planner.plan(new PlanInspection(walk.roundId, visit.unitCode(), null,
					GroupIds.TEAM_PREFIX + visit.team(), AuditMode.AUDIT_ALONGSIDE, onsite, null), OFFICE);
			walk.pid = walk.inspection.getProcessInstanceId();
			runTreeJobs(walk.pid);
		};
		steps.add(new Step(planned, steps.size(), plan));
		if (visit.target() == Target.PREPARATION) {
			return;
		}
		steps.add(new Step(planned, steps.size(),
				() -> complete(walk, "Task_PlanInspection", planVariables(visit, onsite))));
		steps.add(new Step(planned.plusDays(1), steps.size(), () -> {
			for (String briefing : List.of("Task_BriefingDiscipline", "Task_BriefingOrganization",
					"Task_BriefingPetition", "Task_BriefingAudit", "Task_BriefingTownship")) {
				complete(walk, briefing, Map.of());
			}
		}));
		steps.add(new Step(onsite.plusDays(1), steps.size(), () -> {
			List<String> texts = (visit.target() == Target.ONSITE) ? ONSITE_FINDINGS
					: walk.lines.stream().map(Line::text).toList();
			for (String text : texts) {
				Line line = walk.lines.stream().filter((l) -> l.text().equals(text)).findFirst().orElse(null);
				Finding finding = this.findings.record(walk.inspection.getId(), text,
						(line != null) ? line.category() : FindingCategory.ORGANIZATION_BUILDING,
						(line != null) ? line.department() : "dept-civil-affairs", OFFICE);
				if (line != null) {
					walk.findings.put(line, finding);
				}
			}
		}));
		if (visit.target() == Target.ONSITE) {
			return;
		}
		LocalDate onsiteEnd = onsite.plusDays(visit.key() ? 16 : 8);
		steps.add(new Step(onsiteEnd, steps.size(), () -> {
			complete(walk, "Task_ConductOnsite", onsiteVariables(onsite, onsiteEnd));
			// the minimum time on site has passed by the end date (run it even if a
			// holiday
			// moved it a little later)
			for (Job timer : this.management.createJobQuery()
				.processInstanceId(walk.pid)
				.activityId("Event_MinimumOnsiteReached")
				.list()) {
				this.management.executeJob(timer.getId());
			}
			runTreeJobs(walk.pid);
		}));
		int count = walk.lines.size();
		steps.add(new Step(onsiteEnd.plusDays(2), steps.size(),
				() -> complete(walk, "Task_DraftReport", Map.of("reportSummary", "发现问题" + count + "个，详见问题清单",
						"findingCount", count, "clueCount", 0, "recommendationCount", 0))));
		steps.add(new Step(onsiteEnd.plusDays(3), steps.size(),
				() -> complete(walk, "Task_ReviewReport", Map.of("reportDecision", "APPROVE"))));
		LocalDate heard = onsiteEnd.plusDays(5);
		steps.add(new Step(heard, steps.size(), () -> {
			complete(walk, "Task_HearReport",
					Map.of("hearingDate", heard.toString(), "leadingGroupOpinion", "同意巡察组意见，按程序反馈并督促整改"));
			runTreeJobs(walk.pid);
		}));
		steps.add(new Step(feedback, steps.size(), () -> {
			complete(walk, "Task_Feedback",
					Map.of("feedbackDate", feedback.toString(), "feedbackNotes", "向村(社区)党组织和乡镇(街道)党委反馈巡察意见"));
			runTreeJobs(walk.pid);
		}));
		steps.add(new Step(feedback.plusDays(3), steps.size(), () -> complete(walk, "Task_DraftPlan", Map
			.of("planSummary", "对照问题清单逐项制定整改措施，明确责任人和时限", "secretaryName", "王书记", "secretaryPhone", "13800000000"))));
		steps.add(new Step(feedback.plusDays(5), steps.size(), () -> {
			complete(walk, "Task_ReviewPlan", Map.of("planDecision", "APPROVE"));
			runTreeJobs(walk.pid);
		}));
		LocalDate meeting = feedback.plusDays(10);
		steps.add(new Step(meeting, steps.size(),
				() -> complete(walk, "Task_HoldMeeting", Map.of("meetingDate", meeting.toString(), "meetingAttendance",
						23, "townshipAttended", true, "meetingSummary", "对照问题清单开展批评与自我批评，逐项认领整改任务"))));
		LocalDate lastSignOff = null;
		for (Line line : walk.lines) {
			LocalDate signedOff = scheduleItem(walk, line, today, steps);
			if (signedOff != null && (lastSignOff == null || signedOff.isAfter(lastSignOff))) {
				lastSignOff = signedOff;
			}
		}
		if (visit.target() == Target.RECTIFICATION || lastSignOff == null) {
			return;
		}
		LocalDate reported = lastSignOff.plusDays(1);
		steps.add(new Step(reported, steps.size(), () -> {
			complete(walk, "Task_SubmitRectificationReport",
					Map.of("rectificationReport", "问题清单所列问题均已整改到位并经四方会审销号", "itemsCompleted", count, "itemsLongTerm", 0,
							"mattersSolved", 2 * count, "moneyRecoveredYuan", 3500.0 * count));
			runTreeJobs(walk.pid);
		}));
		LocalDate evaluationOpened = reported.plusDays(2);
		LocalDate evaluationCloses = (visit.target() == Target.EVALUATION) ? today.plusDays(7)
				: evaluationOpened.plusDays(12);
		steps.add(new Step(evaluationOpened, steps.size(), () -> {
			complete(walk, "Task_OpenEvaluation", Map.of("evaluationCloseDate", evaluationCloses.toString(),
					"evaluationTargetCount", 60, "evaluationMaxShared", 30, "evaluationNotice", "请村民扫码评议本村整改情况"));
			runTreeJobs(walk.pid);
		}));
		int answers = (visit.target() == Target.EVALUATION) ? 6 : 12;
		steps.add(new Step(evaluationOpened.plusDays(3), steps.size(), () -> answer(walk, answers)));
		if (visit.target() == Target.EVALUATION) {
			return;
		}
		// the deadline passes with enough answers: the round's timer closes the
		// evaluation
		steps.add(new Step(evaluationCloses.plusDays(1), steps.size(), () -> runTreeJobs(walk.pid)));
		steps.add(new Step(evaluationCloses.plusDays(2), steps.size(), () -> {
			complete(walk, "Task_SignOffRectification",
					Map.of("rectificationGrade", "EXCELLENT", "signOffOpinion", "整改到位，群众满意，同意销号；三个月后回头看"));
			runTreeJobs(walk.pid);
		}));
	}

	/**
	 * The feedback day of an inspection: early enough for its items' steps (an item
	 * overdue by d days had its measures made d + 40 days ago).
	 */
	private static LocalDate feedbackDay(Walk walk, LocalDate today) {
		LocalDate feedback = today.minusDays(20);
		for (Line line : walk.lines) {
			LocalDate latest = switch (line.outcome()) {
				case OVERDUE -> today.minusDays(line.days() + 45L);
				case SIGNED_OFF -> today.minusDays(line.days() + 25L);
				case TO_PLAN -> today.minusDays(10);
				default -> today.minusDays(20);
			};
			if (latest.isBefore(feedback)) {
				feedback = latest;
			}
		}
		return feedback;
	}

	/**
	 * One item's steps after the plan was approved (its process started with the
	 * round's).
	 * @return the day it is signed off, or null
	 */
	private LocalDate scheduleItem(Walk walk, Line line, LocalDate today, List<Step> steps) {
		String unitGroup = "village-" + line.unitCode().toLowerCase(java.util.Locale.ROOT);
		switch (line.outcome()) {
			case TO_PLAN -> {
				return null;
			}
			case IN_PROGRESS, GREEN, YELLOW -> {
				// now, on the real clock
				steps.add(new Step(null, steps.size(), () -> completeItem(walk, line, unitGroup, "Task_PlanMeasures",
						plan(line, today.plusDays(line.days())))));
				return null;
			}
			case OVERDUE -> {
				steps.add(new Step(today.minusDays(line.days() + 40L), steps.size(), () -> completeItem(walk, line,
						unitGroup, "Task_PlanMeasures", plan(line, today.minusDays(line.days())))));
				return null;
			}
			default -> {
				LocalDate signedOff = today.minusDays(line.days());
				steps.add(new Step(signedOff.minusDays(20), steps.size(), () -> completeItem(walk, line, unitGroup,
						"Task_PlanMeasures", plan(line, signedOff.plusDays(30)))));
				steps.add(new Step(signedOff.minusDays(4), steps.size(), () -> {
					attachPhoto(walk.findings.get(line).getId(), unitGroup);
					completeItem(walk, line, unitGroup, "Task_Implement", implemented(line));
				}));
				// the review by the parties of the settings whose task the model has (the
				// first two the days before, the others on the day of the sign-off)
				List<ReviewParty> parties = reviewers();
				for (int i = 0; i < parties.size(); i++) {
					ReviewParty party = parties.get(i);
					String group = party.group().contains("${") ? line.department() : party.group();
					steps.add(new Step(signedOff.minusDays(Math.max(0, 2 - i)), steps.size(),
							() -> completeItem(walk, line, group, party.taskKey(), approve(party))));
				}
				return signedOff;
			}
		}
	}

	/** Villagers answer the open evaluation with printed QR codes. */
	private void answer(Walk walk, int count) {
		Object evaluationId = this.runtime.getVariable(walk.pid, "evaluationId");
		if (evaluationId == null) {
			throw new IllegalStateException("演示场景：" + walk.visit.unitCode() + " 的测评没有开放");
		}
		this.answers.answer(Long.parseLong(evaluationId.toString()), count, OFFICE);
	}

	/** Completes a task of the inspection's process as its candidate group. */
	private void complete(Walk walk, String taskKey, Map<String, Object> variables) {
		Task task = awaitTask(walk.pid, taskKey);
		String group = this.tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> link.getGroupId() != null)
			.map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
			.findFirst()
			.orElse(GroupIds.INSPECTION_OFFICE);
		completeAs(task, group, variables);
	}

	private void completeItem(Walk walk, Line line, String group, String taskKey, Map<String, Object> variables) {
		String finding = String.valueOf(walk.findings.get(line).getId());
		ProcessInstance item = null;
		for (int attempt = 0; attempt < 60 && item == null; attempt++) {
			item = this.runtime.createProcessInstanceQuery()
				.processDefinitionKey("rectification-item")
				.processInstanceBusinessKey(finding)
				.singleResult();
			if (item == null) {
				runTreeJobs(walk.pid);
				pause();
			}
		}
		if (item == null) {
			throw new IllegalStateException("演示场景：问题 " + finding + " 没有整改事项流程");
		}
		completeAs(awaitTask(item.getId(), taskKey), group, variables);
		runTreeJobs(walk.pid);
	}

	private Task awaitTask(String processInstanceId, String taskKey) {
		Task task = null;
		// with a job executor running (the demo application), an asynchronous step may
		// still be on its way: run what is due and look again, for up to 30 seconds
		for (int attempt = 0; attempt < 60 && task == null; attempt++) {
			task = this.tasks.createTaskQuery()
				.processInstanceId(processInstanceId)
				.taskDefinitionKey(taskKey)
				.singleResult();
			if (task == null) {
				runTreeJobs(processInstanceId);
				pause();
			}
		}
		if (task == null) {
			throw new IllegalStateException("演示场景：流程 " + processInstanceId + " 没有待办 " + taskKey);
		}
		return task;
	}

	private void completeAs(Task task, String group, Map<String, Object> variables) {
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

	/**
	 * Runs the due jobs of a process instance and of the instances it called (its items,
	 * transfers, follow-up), as the job executor would.
	 */
	private void runTreeJobs(String rootProcessInstanceId) {
		for (int round = 0; round < 20; round++) {
			List<String> instances = new ArrayList<>();
			instances.add(rootProcessInstanceId);
			this.runtime.createProcessInstanceQuery()
				.rootProcessInstanceId(rootProcessInstanceId)
				.list()
				.forEach((instance) -> instances.add(instance.getId()));
			boolean ran = false;
			for (String instance : new java.util.LinkedHashSet<>(instances)) {
				for (Job job : this.management.createJobQuery().processInstanceId(instance).executable().list()) {
					try {
						this.management.executeJob(job.getId());
						ran = true;
					}
					catch (OptimisticLockingException ex) {
						// the job executor ran it meanwhile
						ran = true;
					}
				}
			}
			if (!ran) {
				return;
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

	private static Map<String, Object> planVariables(Visit visit, LocalDate onsite) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("isKeyUnit", visit.key());
		plan.put("unitCategory", visit.unitCode().startsWith("T03C") ? "URBAN_COMMUNITY" : "ORDINARY");
		plan.put("inspectionMode", visit.key() ? "DIRECT" : "TOWNSHIP_VILLAGE");
		plan.put("auditMode", "SYNC");
		plan.put("teamGroup", GroupIds.TEAM_PREFIX + visit.team());
		plan.put("teamLeaderName", List.of("刘组长", "陈组长", "赵组长").get((visit.team() - 1) % 3));
		plan.put("teamLeaderPhone", "1380000000" + visit.team());
		plan.put("onsiteStartDate", onsite.toString());
		plan.put("planNotes", "对照监督清单(共性 + 个性)开展巡察");
		return plan;
	}

	private static Map<String, Object> onsiteVariables(LocalDate onsite, LocalDate end) {
		Map<String, Object> work = new HashMap<>();
		work.put("announcementDate", onsite.toString());
		work.put("onsiteEndDate", end.toString());
		work.put("talkCount", 28);
		work.put("visitCount", 41);
		work.put("villagerReportCount", 3);
		work.put("onsiteSummary", "个别谈话、入户走访、查阅村级账目和会议记录");
		return work;
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

	private static Map<String, Object> approve(ReviewParty party) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(party.decisionVariable(), "APPROVE");
		variables.put(party.reasonVariable(), null);
		return variables;
	}

	/**
	 * The review parties of the settings ({@code rectiflow.review.parties}) whose task
	 * the deployed item model has.
	 */
	private List<ReviewParty> reviewers() {
		ProcessDefinition latest = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("rectification-item")
			.latestVersion()
			.singleResult();
		return this.reviewParties.of((latest != null) ? this.repository.getBpmnModelInstance(latest.getId()) : null);
	}

	/** One step of the scenario on its day (null: now, on the real clock). */
	private record Step(LocalDate day, int order, Runnable action) {

	}

	/** One inspection while the scenario walks it. */
	private static final class Walk {

		private final long roundId;

		private final Visit visit;

		private final List<Line> lines;

		private final Map<Line, Finding> findings = new HashMap<>();

		private Inspection inspection;

		private String pid;

		Walk(long roundId, Visit visit, List<Line> lines) {
			this.roundId = roundId;
			this.visit = visit;
			this.lines = lines;
		}

	}

}

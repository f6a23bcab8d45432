package org.rectiflow.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.rectiflow.round.InspectionStages;
import org.rectiflow.support.EngineSteps;
import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * Runs the deployed models of {@code processes/} on the application's own engine, with
 * the real {@code deadlines} bean and working-day calendar. The beans that write the
 * modules' records are replaced by doubles that set the variables their contract promises
 * (docs/process-variables.md §4), so each path of a model can be driven on its own. Jobs
 * are executed by the test, timers by moving the engine clock.
 */
// Its own engine name: Camunda registers engines statically, and the REST API of the
// other test
// contexts must keep finding their own "default" engine, not this one with its coverage
// plugin.
@SpringBootTest(properties = "camunda.bpm.process-engine-name=process-tests")
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class ProcessTestSupport {

	/**
	 * Process tests run after the API tests (junit-platform.properties orders classes).
	 * Their engine, with the coverage plugin, shares the test database with the API
	 * tests' engine, and the API tests must not meet its instrumented history in their
	 * REST calls.
	 */
	static final int RUN_AFTER_THE_API_TESTS = org.junit.jupiter.api.Order.DEFAULT + 1_000;

	@Autowired
	protected ProcessEngine engine;

	@Autowired
	protected RuntimeService runtime;

	@Autowired
	protected TaskService tasks;

	@Autowired
	protected FormService forms;

	@Autowired
	protected ManagementService management;

	@MockitoBean(name = "findingRegistrar")
	protected JavaDelegate findingRegistrar;

	@MockitoBean(name = "rectificationItemOpener")
	protected JavaDelegate rectificationItemOpener;

	@MockitoBean(name = "returnCounter")
	protected JavaDelegate returnCounter;

	@MockitoBean(name = "warningLetterSender")
	protected JavaDelegate warningLetterSender;

	@MockitoBean(name = "supervisionActionTaker")
	protected JavaDelegate supervisionActionTaker;

	@MockitoBean(name = "deadlineExtender")
	protected JavaDelegate deadlineExtender;

	@MockitoBean(name = "rectificationItemSignOff")
	protected JavaDelegate rectificationItemSignOff;

	@MockitoBean(name = "transferRecorder")
	protected JavaDelegate transferRecorder;

	@MockitoBean(name = "evaluationOpener")
	protected JavaDelegate evaluationOpener;

	@MockitoBean(name = "evaluationCloser")
	protected JavaDelegate evaluationCloser;

	@MockitoBean(name = "roundRecorder")
	protected JavaDelegate roundRecorder;

	@MockitoBean(name = "followUpReviewDelegate")
	protected JavaDelegate followUpReviewDelegate;

	@MockitoBean(name = "rectificationPlanRecorder")
	protected TaskListener rectificationPlanRecorder;

	@MockitoBean(name = "implementationRecorder")
	protected TaskListener implementationRecorder;

	@MockitoBean(name = "reviewVoteRecorder")
	protected TaskListener reviewVoteRecorder;

	@MockitoBean(name = "progressReportRecorder")
	protected TaskListener progressReportRecorder;

	@MockitoBean(name = "rectificationPlanSubmitter")
	protected TaskListener rectificationPlanSubmitter;

	@MockitoBean(name = "rectificationPlanReviewer")
	protected TaskListener rectificationPlanReviewer;

	@MockitoBean(name = "rectificationMeetingRecorder")
	protected TaskListener rectificationMeetingRecorder;

	@MockitoBean(name = "rectificationReportRecorder")
	protected TaskListener rectificationReportRecorder;

	@MockitoBean(name = "inspectionPlanRecorder")
	protected TaskListener inspectionPlanRecorder;

	@MockitoBean(name = "inspectionStages")
	protected InspectionStages inspectionStages;

	@MockitoBean(name = "inspectionFeedbackRecorder")
	protected TaskListener inspectionFeedbackRecorder;

	@MockitoBean(name = "recordCountsRecorder")
	protected TaskListener recordCountsRecorder;

	@MockitoBean(name = "immediateFixNoticeRecorder")
	protected TaskListener immediateFixNoticeRecorder;

	@MockitoBean(name = "immediateFixReportRecorder")
	protected TaskListener immediateFixReportRecorder;

	@MockitoBean(name = "immediateFixCheckRecorder")
	protected TaskListener immediateFixCheckRecorder;

	@MockitoBean(name = "transferOverdueRecorder")
	protected ExecutionListener transferOverdueRecorder;

	/**
	 * What the evaluation closer's double finds at the deadline: a verdict, or
	 * {@code null} for too few answers.
	 */
	protected String verdictAtDeadline = "GOOD";

	/** What the doubles were asked to do, in order, e.g. {@code "letter RED F1"}. */
	protected final List<String> calls = new ArrayList<>();

	private final java.util.Set<String> firedWarnings = new java.util.HashSet<>();

	@BeforeEach
	void defineDoubles() throws Exception {
		BpmnAwareTests.init(this.engine);
		this.calls.clear();
		this.firedWarnings.clear();
		answer(this.rectificationItemOpener, (execution) -> {
			this.calls.add("open " + execution.getProcessBusinessKey());
			execution.setVariable("findingText", "村集体资金未按规定公开 " + execution.getVariable("findingId"));
			execution.setVariable("findingCategory", "COLLECTIVE_ASSETS");
			execution.setVariable("supervisingDeptGroup", "dept-agriculture");
			execution.setVariable("returnCount", 0);
			execution.setVariable("warningColour", "NONE");
			execution.setVariable("flagged", false);
		});
		answer(this.returnCounter, (execution) -> {
			StringBuilder reasons = new StringBuilder();
			for (String party : List.of("office", "discipline", "organization", "department")) {
				if ("RETURN".equals(execution.getVariable(party + "ReviewDecision"))) {
					reasons.append(party).append('：').append(execution.getVariable(party + "ReturnReason")).append('；');
				}
			}
			execution.setVariable("returnCount", (Integer) execution.getVariable("returnCount") + 1);
			execution.setVariable("lastReturnReason", reasons.toString());
			this.calls.add("return " + reasons);
		});
		answer(this.warningLetterSender, (execution) -> {
			String colour = (String) execution.getVariable("colour");
			// as the real sender: once per colour and deadline
			execution.setVariable(colour.toLowerCase(java.util.Locale.ROOT) + "WarningIsNew", this.firedWarnings
				.add(colour + " " + execution.getProcessBusinessKey() + " " + execution.getVariable("deadline")));
			this.calls.add("letter " + execution.getVariable("colour") + " " + execution.getProcessBusinessKey());
			if (execution.hasVariable("warningColour")) {
				execution.setVariable("warningColour", execution.getVariable("colour"));
			}
			if ("RED".equals(execution.getVariable("colour")) && execution.hasVariable("flagged")) {
				execution.setVariable("flagged", true);
			}
		});
		answer(this.supervisionActionTaker, (execution) -> {
			this.calls.add("supervision " + execution.getVariable("supervisionAction") + " "
					+ execution.getProcessBusinessKey());
			if ("FLAG".equals(execution.getVariable("supervisionAction"))) {
				execution.setVariable("flagged", true);
			}
			execution.setVariableLocal("supervisionLetterNumber", "示范县巡整督〔2026〕第1号");
		});
		answer(this.deadlineExtender, (execution) -> {
			this.calls.add("extend " + execution.getVariable("requestedDeadline"));
			execution.setVariable("deadline", execution.getVariable("requestedDeadline"));
			execution.setVariable("warningColour", "NONE");
			execution.setVariable("flagged", false);
		});
		answer(this.rectificationItemSignOff,
				(execution) -> this.calls.add("signOff " + execution.getProcessBusinessKey()));
		answer(this.transferRecorder, (execution) -> {
			this.calls.add("transfer " + execution.getVariable("step") + " " + execution.getProcessBusinessKey());
			if ("OPENED".equals(execution.getVariable("step"))) {
				execution.setVariable("clueSummary", "村干部优亲厚友的线索");
				execution.setVariable("recommendationText", "建议加强低保资格审核");
				execution.setVariable("departmentGroup", "dept-civil-affairs");
			}
		});
		this.verdictAtDeadline = "GOOD";
		answer(this.evaluationOpener, (execution) -> {
			this.calls.add("evaluation opened until " + execution.getVariable("evaluationCloseDate"));
			execution.setVariable("evaluationId", "EV-" + execution.getProcessBusinessKey());
			execution.setVariable("evaluationClosesAt",
					Date.from(LocalDate.parse((String) execution.getVariable("evaluationCloseDate"))
						.atTime(23, 59, 59)
						.atZone(ZoneId.of("Asia/Shanghai"))
						.toInstant()));
		});
		answer(this.evaluationCloser, (execution) -> {
			this.calls.add("evaluation closed at the deadline");
			execution.setVariable("evaluationValid", this.verdictAtDeadline != null);
			if (this.verdictAtDeadline != null) {
				execution.setVariable("evaluationVerdict", this.verdictAtDeadline);
				execution.setVariable("satisfactionScore", 85.0);
			}
			else {
				execution.setVariable("evaluationAnswerCount", 3);
			}
		});
		answer(this.roundRecorder, (execution) -> {
			this.calls.add("round " + execution.getVariable("event"));
			if ("RECTIFICATION_CLOSED".equals(execution.getVariable("event"))) {
				execution.setVariable("rectificationClosedDate", ClockUtil.getCurrentTime());
			}
		});
		answer(this.findingRegistrar, (execution) -> {
			String key = execution.getProcessBusinessKey();
			this.calls.add("findings " + key);
			execution.setVariable("findingIds", new ArrayList<>(List.of(key + "-F1", key + "-F2")));
			execution.setVariable("clueIds", new ArrayList<>(List.of(key + "-C1")));
			execution.setVariable("recommendationIds", new ArrayList<>(List.of(key + "-R1")));
		});
		answer(this.followUpReviewDelegate, (execution) -> {
			this.calls.add("rebound " + execution.getProcessBusinessKey());
			execution.setVariable("newFindingIds", new ArrayList<>(List.of(execution.getProcessBusinessKey() + "-F9")));
		});
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	private static void answer(JavaDelegate delegate, Behaviour behaviour) throws Exception {
		doAnswer((invocation) -> {
			behaviour.run(invocation.getArgument(0));
			return null;
		}).when(delegate).execute(any());
	}

	/**
	 * Executes every job that is due now, as the job executor would, until none is left.
	 */
	protected void runDueJobs() {
		EngineSteps.runJobs(this.management, null);
	}

	/** Moves the engine clock to the given time and runs what has fallen due. */
	protected void clockAt(Date time) {
		ClockUtil.setCurrentTime(time);
		runDueJobs();
	}

	protected Task task(String definitionKey, String processInstanceId) {
		return EngineSteps.task(this.tasks, processInstanceId, definitionKey);
	}

	protected long count(String definitionKey, String processInstanceId) {
		return this.tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(definitionKey)
			.count();
	}

	/**
	 * Submits a task's form with the given values, as Tasklist does, and runs the jobs
	 * that follow.
	 */
	protected void complete(Task task, Object... keyValues) {
		this.forms.submitTaskForm(task.getId(), values(keyValues));
		runDueJobs();
	}

	protected void complete(String definitionKey, String processInstanceId, Object... keyValues) {
		complete(task(definitionKey, processInstanceId), keyValues);
	}

	protected List<String> candidateGroups(Task task) {
		return this.tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.filter(Objects::nonNull)
			.sorted()
			.toList();
	}

	protected static Map<String, Object> values(Object... keyValues) {
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			values.put((String) keyValues[i], keyValues[i + 1]);
		}
		return values;
	}

	protected String instanceByKey(String businessKey) {
		return this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
	}

	@FunctionalInterface
	interface Behaviour {

		void run(DelegateExecution execution) throws Exception;

	}

}

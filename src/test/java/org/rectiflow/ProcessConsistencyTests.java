package org.rectiflow;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rectiflow.finding.Finding;
import org.rectiflow.finding.FindingFixtures;
import org.rectiflow.finding.FindingSource;
import org.rectiflow.finding.Findings;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.InspectionStage;
import org.rectiflow.round.Inspections;
import org.rectiflow.round.RectificationGrade;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Record and process change together or not at all: a step whose transaction fails after
 * a bean changed a record leaves the record as it was and the job waiting with its
 * incident; retried once the cause is gone, both move. Probes put the real beans in front
 * of a step that fails until a variable exists.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessConsistencyTests {

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private RoundFixtures rounds;

	@Autowired
	private FindingFixtures findingFixtures;

	@Autowired
	private Inspections inspections;

	@Autowired
	private Findings findings;

	private String deployment;

	@BeforeAll
	void deployProbes() {
		this.deployment = this.repository.createDeployment()
			.name("consistency probes")
			.addModelInstance("closure-probe.bpmn",
					Bpmn.createExecutableProcess("closure-probe")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.serviceTask("record")
						.camundaAsyncBefore()
						.camundaDelegateExpression("${roundRecorder}")
						.camundaInputParameter("event", "RECTIFICATION_CLOSED")
						.serviceTask("fail")
						.camundaExpression("${ready}")
						.userTask("after")
						.camundaCandidateGroups("inspection-office")
						.endEvent()
						.done())
			.addModelInstance("follow-up-probe.bpmn",
					Bpmn.createExecutableProcess("follow-up-probe")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.serviceTask("open")
						.camundaAsyncBefore()
						.camundaDelegateExpression("${followUpReviewDelegate}")
						.serviceTask("fail")
						.camundaExpression("${ready}")
						.userTask("after")
						.camundaCandidateGroups("inspection-office")
						.endEvent()
						.done())
			.deploy()
			.getId();
	}

	@AfterAll
	void undeploy() {
		this.repository.deleteDeployment(this.deployment, true);
	}

	@Test
	void aFailedStepAfterRoundRecorderLeavesTheInspectionAndTheProcessAsTheyWere() {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		ProcessInstance probe = this.runtime.startProcessInstanceByKey("closure-probe",
				String.valueOf(inspection.getId()), Map.of("evaluationVerdict", "GOOD", "rectificationGrade", "PASS",
						"signOffOpinion", "整改到位", "accountabilityProposed", false));
		Job job = this.management.createJobQuery().processInstanceId(probe.getId()).singleResult();
		assertThatThrownBy(() -> this.management.executeJob(job.getId())).isNotNull();

		Inspection unchanged = this.inspections.get(inspection.getId());
		assertThat(unchanged.getGrade()).isNull();
		assertThat(unchanged.getStage()).isEqualTo(InspectionStage.PLANNED);
		assertThat(this.runtime.getVariable(probe.getId(), "rectificationClosedDate")).isNull();
		Job failed = this.management.createJobQuery().processInstanceId(probe.getId()).singleResult();
		assertThat(failed.getExceptionMessage()).isNotBlank();
		assertThat(failed.getRetries()).isEqualTo(2);

		this.runtime.setVariable(probe.getId(), "ready", "yes");
		this.management.executeJob(failed.getId());
		Inspection closed = this.inspections.get(inspection.getId());
		assertThat(closed.getGrade()).isEqualTo(RectificationGrade.PASS);
		assertThat(closed.getSignOffOpinion()).isEqualTo("整改到位");
		assertThat(closed.getStage()).isEqualTo(InspectionStage.SIGNED_OFF);
		assertThat(closed.getRectificationClosedOn()).isNotNull();
		assertThat(this.runtime.getVariable(probe.getId(), "rectificationClosedDate")).isInstanceOf(Date.class);
	}

	@Test
	void reboundProblemsBecomeFindingsOnceEvenWhenTheJobIsRetried() {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		Finding original = this.findingFixtures.finding(inspection, "原有问题", "dept-finance");
		ProcessInstance probe = this.runtime.startProcessInstanceByKey("follow-up-probe", String.valueOf(inspection
			.getId()), Variables.createVariables().putValueTyped("reboundProblems", SpinValues.jsonValue("""
					[{"problemText": "低保公示又不及时", "category": "POLICY", "supervisingDeptGroup": "dept-civil-affairs"},
					 {"problemText": "账目再次不清", "category": "COLLECTIVE_ASSETS", "supervisingDeptGroup": "dept-finance"}]
					""").create()));
		Job job = this.management.createJobQuery().processInstanceId(probe.getId()).singleResult();
		assertThatThrownBy(() -> this.management.executeJob(job.getId())).isNotNull();
		assertThat(this.findings.ofInspection(inspection.getId())).extracting(Finding::getId)
			.containsExactly(original.getId());

		this.runtime.setVariable(probe.getId(), "ready", "yes");
		this.management.executeJob(job.getId());
		List<Finding> all = this.findings.ofInspection(inspection.getId());
		assertThat(all).hasSize(3);
		Finding rebound = all.get(1);
		assertThat(rebound.getSource()).isEqualTo(FindingSource.FOLLOW_UP);
		assertThat(rebound.getSeqNo()).isEqualTo(2);
		assertThat(rebound.getRegisteredOn()).isNotNull();
		assertThat(rebound.getSupervisingDeptGroupId()).isEqualTo("dept-civil-affairs");
		assertThat(this.runtime.getVariable(probe.getId(), "newFindingIds"))
			.isEqualTo(List.of(String.valueOf(all.get(1).getId()), String.valueOf(all.get(2).getId())));
	}

	@Test
	void aReboundProblemNamingNoDepartmentFailsTheStepAndCreatesNothing() {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		ProcessInstance probe = this.runtime.startProcessInstanceByKey("follow-up-probe",
				String.valueOf(inspection.getId()),
				Variables.createVariables()
					.putValue("ready", "yes")
					.putValueTyped("reboundProblems", SpinValues.jsonValue("""
							[{"problemText": "好", "category": "OTHER", "supervisingDeptGroup": "dept-water"},
							 {"problemText": "坏", "category": "OTHER", "supervisingDeptGroup": "nobody"}]
							""").create()));
		Job job = this.management.createJobQuery().processInstanceId(probe.getId()).singleResult();
		assertThatThrownBy(() -> this.management.executeJob(job.getId()))
			.hasMessageContaining("reboundProblems[1].supervisingDeptGroup");
		assertThat(this.findings.ofInspection(inspection.getId())).isEmpty();
	}

}

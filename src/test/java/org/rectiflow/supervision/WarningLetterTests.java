package org.rectiflow.supervision;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.Test;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.rectification.RectificationItem;
import org.rectiflow.rectification.WarningColour;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.TestClock;
import org.rectiflow.unit.InspectedUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timers' letters on the deployed models: the most severe colour due is the one
 * written, once per deadline; a transfer's overdue timer writes a 催办函 to its receiver.
 */
@ApiTest
class WarningLetterTests {

	private static final CurrentUser OFFICE = new CurrentUser("inspection-office",
			java.util.Set.of("inspection-office"));

	@Autowired
	private ItemFlows flows;

	@Autowired
	private Letters letters;

	@Autowired
	private LedgerQueries ledger;

	@Autowired
	@Qualifier("warningLetterSender")
	private org.camunda.bpm.engine.delegate.JavaDelegate sender;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private RoundFixtures rounds;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private RepositoryService repository;

	@Test
	void aDeadlineFiveDaysAheadGetsTheYellowLetterOnlyOnce() {
		InspectedUnit village = this.flows.village("预警村");
		ItemFlows.Flow flow = this.flows.planned(village, ItemFlows.today().plusDays(5));
		// Green and yellow were both due when the period began: only yellow writes.
		List<Letter> issued = this.letters.about(SubjectType.ITEM, flow.itemId());
		assertThat(issued).hasSize(1);
		Letter yellow = issued.get(0);
		assertThat(yellow.getKind()).isEqualTo(LetterKind.REMINDER);
		assertThat(yellow.getTrigger()).isEqualTo("YELLOW");
		assertThat(yellow.isIssuedByTimer()).isTrue();
		assertThat(yellow.getRecipientGroups()).containsExactly(village.getGroupId(), "township-t01");
		RectificationItem item = this.ledger.get(flow.itemId(), OFFICE);
		assertThat(item.getColour()).isEqualTo(WarningColour.YELLOW);

		// The same timer again (a retried job) finds its letter.
		this.transaction.executeWithoutResult((status) -> {
			try {
				this.sender.execute(execution("rectification-item", flow.itemId(), "YELLOW"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(this.letters.about(SubjectType.ITEM, flow.itemId())).hasSize(1);
	}

	@Test
	void aWarningThatHasFiredStaysFiredWhenTheItemMovesToANewVersionOfTheModel() throws Exception {
		InspectedUnit village = this.flows.village("迁移预警村");
		ItemFlows.Flow flow = this.flows.planned(village, ItemFlows.today().plusDays(1));
		TestClock.advance(Duration.ofDays(3));
		this.flows.runDueJobs(flow);
		TestClock.advance(Duration.ofDays(30));
		this.flows.runDueJobs(flow);
		assertThat(this.flows.openTasks(flow, "Task_SuperviseOverdue")).isOne();
		assertThat(this.flows.openTasks(flow, "Task_AdmonishItem")).isOne();
		long letters = this.letters.about(SubjectType.ITEM, flow.itemId()).size();

		// A new version that only renames one step; the red and admonish timers, fired
		// in the old version, are created again by the migration and are due at once.
		String source = this.runtime.createProcessInstanceQuery()
			.processInstanceId(flow.processInstanceId())
			.singleResult()
			.getProcessDefinitionId();
		String target = deployWithOneLabelChanged();
		MigrationPlan plan = this.runtime.createMigrationPlan(source, target)
			.mapEqualActivities()
			.updateEventTriggers()
			.build();
		this.runtime.newMigration(plan).processInstanceIds(flow.processInstanceId()).execute();
		this.flows.runDueJobs(flow);

		assertThat(this.flows.openTasks(flow, "Task_SuperviseOverdue")).isOne();
		assertThat(this.flows.openTasks(flow, "Task_AdmonishItem")).isOne();
		assertThat(this.letters.about(SubjectType.ITEM, flow.itemId())).hasSize((int) letters);
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceId(flow.processInstanceId())
			.singleResult()
			.getProcessDefinitionId()).isEqualTo(target);
	}

	private String deployWithOneLabelChanged() throws Exception {
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		String model = new String(
				resources.getResource("classpath:processes/rectification-item.bpmn").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8)
			.replace("name=\"督促逾期整改\"", "name=\"督促逾期整改（乡镇）\"");
		DeploymentBuilder deployment = this.repository.createDeployment()
			.name("rectification-item")
			.addString("rectification-item.bpmn", model);
		for (Resource form : resources.getResources("classpath:forms/*.form")) {
			deployment.addInputStream(form.getFilename(), form.getInputStream());
		}
		String deploymentId = deployment.deploy().getId();
		return this.repository.createProcessDefinitionQuery()
			.deploymentId(deploymentId)
			.processDefinitionKey("rectification-item")
			.singleResult()
			.getId();
	}

	@Test
	void anOverdueRecommendationGetsAnUrgingLetterToItsDepartment() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String body = this.mvc.perform(post("/api/recommendations").with(httpBasic("inspection-office", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"inspectionId\": %d, \"departmentGroupId\": \"dept-civil-affairs\", \"content\": \"建议加强低保资格审核\"}"
						.formatted(inspection.getId())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
		for (int i = 0; i < 2; i++) {
			this.transaction.executeWithoutResult((status) -> {
				try {
					this.sender.execute(execution("recommendation-handling", id, "RED"));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		List<Letter> issued = this.letters.about(SubjectType.RECOMMENDATION, id);
		assertThat(issued).hasSize(1);
		assertThat(issued.get(0).getKind()).isEqualTo(LetterKind.URGE);
		assertThat(issued.get(0).getRecipientGroups()).containsExactly("dept-civil-affairs", "inspection-office");
		assertThat(issued.get(0).getNumber()).contains("巡整催〔");

		assertThatThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
			try {
				this.sender.execute(execution("clue-handling", 987654321L, "RED"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})).hasMessageContaining("987654321");
	}

	private static DelegateExecution execution(String processKey, long key, String colour) {
		DelegateExecution execution = mock(DelegateExecution.class);
		when(execution.getProcessDefinitionId()).thenReturn(processKey + ":1:test");
		when(execution.getProcessBusinessKey()).thenReturn(String.valueOf(key));
		when(execution.getProcessInstanceId()).thenReturn("test-" + key);
		when(execution.getVariable("colour")).thenReturn(colour);
		return execution;
	}

}

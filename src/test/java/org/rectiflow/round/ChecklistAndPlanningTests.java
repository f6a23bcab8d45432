package org.rectiflow.round;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.ProcessNotDeployedException;
import org.rectiflow.identity.Departments;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.TestClock;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.Units;
import org.rectiflow.unit.UnitCategory;
import org.rectiflow.unit.UnitPriority;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo checklist catalogue, the selection per inspection, and planning without a
 * process.
 */
@ApiTest
class ChecklistAndPlanningTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ChecklistCatalogue catalogue;

	@Autowired
	private RoundFixtures fixtures;

	@Autowired
	private InspectionRepository inspections;

	@Autowired
	private InspectionRoundRepository rounds;

	@Autowired
	private Units units;

	@Autowired
	private Departments departments;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private BusinessDate dates;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void theDefaultCatalogueHas23AreasAnd122ItemsCommonAndPerCategory() throws Exception {
		// version 2 is the default catalogue; a test may have published a later version
		// with the same counts
		assertThat(this.catalogue.items(2L)).hasSize(122);
		assertThat(this.catalogue.items(2L).stream().map((item) -> item.getArea().getCode()).distinct()).hasSize(23);
		assertThat(this.catalogue.items(2L).stream().filter(ChecklistItem::isCommon)).hasSize(100);
		assertThat(this.catalogue.defaultSelection(2L, Set.of(UnitCategory.URBAN_COMMUNITY))).hasSize(105);
		assertThat(this.catalogue.defaultSelection(Set.of(UnitCategory.URBAN_COMMUNITY))).hasSize(105);
		// the first demo list stays as version 1 for the inspections planned before
		// versions
		assertThat(this.catalogue.items(1L)).hasSize(40);
		assertThat(this.catalogue.byCode(1L)).containsKeys("A03-02", "A04-01", "A08-05");
		this.mvc
			.perform(get("/api/checklist").param("category", "PETITION_HEAVY")
				.param("version", "2")
				.with(httpBasic("village-t01v01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(23))
			.andExpect(jsonPath("$[0].name").value("党的领导与“一肩挑”权力运行"))
			.andExpect(jsonPath("$[4].items.length()").value(4));
	}

	@Test
	void theOfficeChangesTheSelectionAndUnknownItemsAreNamed() throws Exception {
		Inspection inspection = this.fixtures.inspection("inspection-team-1");
		String url = "/api/inspections/" + inspection.getId() + "/checklist";
		java.util.Map<String, ChecklistItem> items = this.catalogue.byCode(inspection.getChecklistVersionId());
		this.mvc
			.perform(put(url).with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"itemIds\": [%d, %d, %d]}".formatted(items.get("A01-01").getId(),
						items.get("A01-02").getId(), items.get("A03-03").getId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[2].code").value("A03-03"));
		this.mvc.perform(get(url).with(httpBasic(inspection.getUnitGroupId(), "demo")))
			.andExpect(jsonPath("$.length()").value(3));
		this.mvc
			.perform(put(url).with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"itemIds\": [%d, 999]}".formatted(items.get("A01-01").getId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("999")));
		this.mvc
			.perform(put(url).with(httpBasic("inspection-team-1", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"itemIds\": [%d]}".formatted(items.get("A01-01").getId())))
			.andExpect(status().isForbidden());
	}

	@Test
	void withoutItsProcessDeployedPlanningSavesNothingAndSaysWhy() {
		InspectionRound round = this.fixtures.round();
		InspectedUnit unit = this.fixtures.village("无流程村", UnitPriority.KEY);
		InspectionPlanner planner = new InspectionPlanner(this.inspections, this.rounds, this.units, this.departments,
				this.catalogue, new CamundaInspectionProcess(this.runtime, this.repository, "no-such-process"),
				this.dates);
		assertThatThrownBy(
				() -> this.transaction.executeWithoutResult(
						(status) -> planner.plan(
								new PlanInspection(round.getId(), unit.getCode(), null, "inspection-team-1",
										AuditMode.AUDIT_FIRST, TestClock.today().plusDays(3), null),
								RoundFixtures.OFFICE)))
			.isInstanceOfSatisfying(ProcessNotDeployedException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(ex.getMessage()).contains("no-such-process", "尚未部署", "nothing was saved");
			});
		assertThat(this.inspections.existsByRoundAndUnitId(round, unit.getId())).isFalse();
	}

	@Test
	void aClosedRoundTakesNoMoreInspections() throws Exception {
		InspectionRound round = this.fixtures.round();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/rounds/" + round.getId() + "/close")
				.with(httpBasic("inspection-office", "demo")))
			.andExpect(jsonPath("$.state").value("CLOSED"));
		assertThatThrownBy(() -> this.fixtures.inspection(round, this.fixtures.village("晚村", UnitPriority.ORDINARY),
				"inspection-team-1"))
			.hasMessageContaining("已结束");
	}

}

package org.rectiflow.round;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.TestClock;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitCategory;
import org.rectiflow.unit.UnitPriority;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Planning inspections, their process, lists and who may see them. */
@ApiTest
class InspectionApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RoundFixtures fixtures;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private InspectionRepository inspections;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void planningAKeyUnitDefaultsToDirectModeAndCommonPlusCategoryItemsAndStartsTheProcess() throws Exception {
		InspectionRound round = this.fixtures.round();
		InspectedUnit unit = this.fixtures.village("资源村", UnitPriority.KEY, UnitCategory.RESOURCE_RICH);
		String body = """
				{"roundId": %d, "unitCode": "%s", "teamGroupId": "inspection-team-1",
				 "auditMode": "AUDIT_ALONGSIDE", "plannedEntryOn": "%s"}
				""".formatted(round.getId(), unit.getCode(), TestClock.today().plusDays(12));
		String location = this.mvc
			.perform(post("/api/inspections").with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mode").value("DIRECT"))
			.andExpect(jsonPath("$.modeLabel").value("直接巡"))
			.andExpect(jsonPath("$.stage").value("PLANNED"))
			.andExpect(jsonPath("$.unitGroupId").value(unit.getGroupId()))
			.andExpect(jsonPath("$.townshipGroupId").value("township-t01"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Long id = Long.valueOf(location.replaceAll(".*\"id\":(\\d+).*", "$1"));
		Inspection inspection = this.transaction.execute((status) -> {
			Inspection found = this.inspections.findById(id).orElseThrow();
			// the default catalogue: 100 common items + 8 for RESOURCE_RICH
			assertThat(found.getChecklistItemIds()).hasSize(108);
			return found;
		});
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceId(inspection.getProcessInstanceId())
			.singleResult();
		assertThat(instance.getBusinessKey()).isEqualTo(String.valueOf(id));
		assertThat(this.runtime.getVariables(instance.getId())).containsEntry("inspectionRecordId", String.valueOf(id))
			.containsEntry("teamGroup", "inspection-team-1")
			.containsEntry("villageGroup", unit.getGroupId())
			.containsEntry("townshipGroup", "township-t01")
			.containsEntry("isKeyUnit", true)
			.containsEntry("unitCategory", "RESOURCE_RICH")
			.containsEntry("inspectionMode", "DIRECT")
			.containsEntry("auditMode", "SYNC");
	}

	@Test
	void anOrdinaryUnitDefaultsToTownshipAndVillageMode() {
		Inspection inspection = this.fixtures.inspection("inspection-team-2");
		assertThat(inspection.getMode()).isEqualTo(InspectionMode.TOWNSHIP_AND_VILLAGE);
		assertThat(inspection.getChecklistItemIds()).hasSize(100);
	}

	@Test
	void onlyTheInspectionOfficePlans() throws Exception {
		InspectionRound round = this.fixtures.round();
		InspectedUnit unit = this.fixtures.village("某村", UnitPriority.ORDINARY);
		String body = """
				{"roundId": %d, "unitCode": "%s", "teamGroupId": "inspection-team-1",
				 "auditMode": "AUDIT_FIRST", "plannedEntryOn": "%s"}
				""".formatted(round.getId(), unit.getCode(), TestClock.today().plusDays(12));
		this.mvc
			.perform(post("/api/inspections").with(httpBasic("inspection-team-1", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("巡察办")));
	}

	@Test
	void planningValidatesEveryFieldAndListsThem() throws Exception {
		this.mvc
			.perform(post("/api/inspections").with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\": \"bad code!\", \"teamGroupId\": \"dept-agriculture\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("roundId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("unitCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("teamGroupId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("auditMode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("plannedEntryOn")));
	}

	@Test
	void aUnitIsPlannedOncePerRound() {
		InspectionRound round = this.fixtures.round();
		InspectedUnit unit = this.fixtures.village("重复村", UnitPriority.ORDINARY);
		this.fixtures.inspection(round, unit, "inspection-team-1");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.fixtures.inspection(round, unit, "inspection-team-2"))
			.hasMessageContaining("本轮已安排");
	}

	@Test
	void theTeamTheUnitAndItsTownshipReadTheInspectionOthersGetNotFound() throws Exception {
		Inspection inspection = this.fixtures.inspection("inspection-team-1");
		String url = "/api/inspections/" + inspection.getId();
		for (String reader : new String[] { "inspection-team-1", inspection.getUnitGroupId(), "township-t01",
				"inspection-office", "discipline-commission" }) {
			this.mvc.perform(get(url).with(httpBasic(reader, "demo"))).andExpect(status().isOk());
		}
		for (String stranger : new String[] { "inspection-team-2", "village-t01v01", "township-t02",
				"dept-agriculture" }) {
			this.mvc.perform(get(url).with(httpBasic(stranger, "demo")))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value(not(containsString(inspection.getUnitName()))));
		}
	}

	@Test
	void listsAreFilteredByAccessAndByTheFiltersAndPaged() throws Exception {
		InspectionRound round = this.fixtures.round();
		for (int i = 0; i < 3; i++) {
			this.fixtures.inspection(round, this.fixtures.village("甲村" + i, UnitPriority.ORDINARY),
					"inspection-team-1");
		}
		Inspection other = this.fixtures.inspection(round, this.fixtures.village("乙村", UnitPriority.KEY),
				"inspection-team-2");
		this.mvc
			.perform(get("/api/inspections").param("roundId", round.getId().toString())
				.param("size", "2")
				.param("sort", "unitName,asc")
				.with(httpBasic("inspection-team-1", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.totalPages").value(2))
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].unitName").value("甲村0"));
		this.mvc
			.perform(get("/api/inspections").param("roundId", round.getId().toString())
				.param("mode", "DIRECT")
				.with(httpBasic("inspection-office", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(other.getId()));
		this.mvc
			.perform(get("/api/inspections").param("roundId", round.getId().toString())
				.with(httpBasic(other.getUnitGroupId(), "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	@Test
	void sortingByAnUnknownFieldIsABadRequestNamingTheChoices() throws Exception {
		this.mvc.perform(get("/api/inspections").param("sort", "secret").with(httpBasic("inspection-office", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("unitName")));
	}

	@Test
	void theApiNeedsALogin() throws Exception {
		this.mvc.perform(get("/api/inspections")).andExpect(status().isUnauthorized());
	}

}

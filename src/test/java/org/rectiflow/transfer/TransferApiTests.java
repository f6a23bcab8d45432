package org.rectiflow.transfer;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Clues and recommendation letters: who records, who reads, and the department boundary.
 */
@ApiTest
class TransferApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RoundFixtures rounds;

	@Test
	void aDepartmentReadsOnlyTheLettersAddressedToIt() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String civil = id(draft("inspection-team-1", inspection, "dept-civil-affairs", "建议规范低保评审公示")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("DRAFTED"))
			.andExpect(jsonPath("$.stateLabel").value("已起草")));
		String water = id(draft("inspection-office", inspection, "dept-water", "建议加强小水利设施管护"));
		this.mvc
			.perform(get("/api/recommendations").param("inspectionId", inspection.getId().toString())
				.with(httpBasic("dept-civil-affairs", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].content").value("建议规范低保评审公示"));
		this.mvc.perform(get("/api/recommendations/" + water).with(httpBasic("dept-civil-affairs", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/recommendations/" + civil).with(httpBasic("dept-water", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/recommendations/" + civil).with(httpBasic(inspection.getUnitGroupId(), "demo")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/recommendations").param("inspectionId", inspection.getId().toString())
				.param("departmentGroupId", "dept-water")
				.with(httpBasic("leading-group", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		draft("dept-civil-affairs", inspection, "dept-civil-affairs", "自己给自己写建议").andExpect(status().isNotFound());
		draft(inspection.getUnitGroupId(), inspection, "dept-civil-affairs", "村里写建议").andExpect(status().isForbidden());
	}

	@Test
	void aLetterGoesToAFunctionalDepartmentOnly() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		draft("inspection-office", inspection, "inspection-office", "x").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("departmentGroupId"));
		draft("inspection-office", inspection, "dept-unknown", "x").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("dept-unknown")));
	}

	@Test
	void cluesAreReadOnlyByTheOfficeTheCommissionTheLeadingGroupAndTheTeam() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String clue = id(
				record("inspection-team-1", inspection, "村主任涉嫌虚报工程量套取资金", false).andExpect(status().isCreated())
					.andExpect(jsonPath("$.state").value("RECORDED"))
					.andExpect(jsonPath("$.fast").value(false)));
		for (String reader : List.of("inspection-team-1", "inspection-office", "discipline-commission",
				"leading-group")) {
			this.mvc.perform(get("/api/clues/" + clue).with(httpBasic(reader, "demo"))).andExpect(status().isOk());
		}
		for (String stranger : List.of(inspection.getUnitGroupId(), "township-t01", "organization-dept",
				"dept-agriculture", "inspection-team-2")) {
			this.mvc.perform(get("/api/clues/" + clue).with(httpBasic(stranger, "demo")))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(get("/api/clues").param("inspectionId", inspection.getId().toString())
					.with(httpBasic(stranger, "demo")))
				.andExpect(jsonPath("$.page.totalElements").value(0));
		}
		this.mvc
			.perform(get("/api/clues").param("inspectionId", inspection.getId().toString())
				.param("state", "RECORDED")
				.with(httpBasic("discipline-commission", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	@Test
	void aFastTransferIsOnlyPossibleOnSite() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		record("inspection-team-1", inspection, "紧急线索", true).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("进驻")));
		this.mvc
			.perform(post("/api/clues").with(httpBasic("inspection-team-1", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"summary\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("inspectionId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("summary")));
	}

	private ResultActions draft(String user, Inspection inspection, String department, String content)
			throws Exception {
		return this.mvc.perform(post("/api/recommendations").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inspectionId\": %d, \"departmentGroupId\": \"%s\", \"content\": \"%s\"}"
				.formatted(inspection.getId(), department, content)));
	}

	private ResultActions record(String user, Inspection inspection, String summary, boolean fast) throws Exception {
		return this.mvc.perform(post("/api/clues").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inspectionId\": %d, \"summary\": \"%s\", \"fast\": %s}".formatted(inspection.getId(), summary,
					fast)));
	}

	static String id(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":(\\d+).*", "$1");
	}

}

package org.rectiflow.finding;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Entering findings, lists with filters and paging, and who may read or change which. */
@ApiTest
class FindingApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RoundFixtures rounds;

	@Test
	void theTeamEntersFindingsNumberedInTheProblemList() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		create("inspection-team-1", body(inspection, "村集体鱼塘承包费三年未收取", "COLLECTIVE_ASSETS", "dept-agriculture"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.seqNo").value(1))
			.andExpect(jsonPath("$.categoryLabel").value("集体“三资”管理"))
			.andExpect(jsonPath("$.unitGroupId").value(inspection.getUnitGroupId()))
			.andExpect(jsonPath("$.checklistItemIds[0]").value(11))
			.andExpect(jsonPath("$.moneyRecoveredYuan").value(3000.0));
		create("inspection-office", body(inspection, "低保评定未公示", "POLICY_IMPLEMENTATION", "dept-civil-affairs"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.seqNo").value(2));
	}

	@Test
	void anotherTeamGetsNotFoundAndTheUnitMayReadButNotEnter() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String body = body(inspection, "某问题", "OTHER", "dept-water");
		create("inspection-team-2", body).andExpect(status().isNotFound());
		create(inspection.getUnitGroupId(), body).andExpect(status().isForbidden());
		create("dept-water", body).andExpect(status().isNotFound());
	}

	@Test
	void everyFieldIsValidated() throws Exception {
		create("inspection-office",
				"{\"inspectionId\": -1, \"text\": \"\", \"checklistItemIds\": [0],"
						+ " \"supervisingDeptGroupId\": \"inspection-office\", \"moneyRecoveredYuan\": -5.123}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("inspectionId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("text")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("category")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("source")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("severity")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("supervisingDeptGroupId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("moneyRecoveredYuan")));
		create("inspection-office", "{\"category\": \"NOPE\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("STYLE_AND_INTEGRITY")));
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		create("inspection-office", body(inspection, "某问题", "OTHER", "dept-nowhere")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("dept-nowhere")));
	}

	@Test
	void aDepartmentReadsTheFindingsItSupervisesAndNoOthersAndChangesNone() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String agriculture = id(
				create("inspection-office", body(inspection, "农机补贴冒领", "POLICY_IMPLEMENTATION", "dept-agriculture")));
		create("inspection-office", body(inspection, "水渠维修款去向不明", "COLLECTIVE_ASSETS", "dept-agriculture"));
		String finance = id(
				create("inspection-office", body(inspection, "财务票据不规范", "COLLECTIVE_ASSETS", "dept-finance")));
		this.mvc
			.perform(get("/api/findings").param("inspectionId", inspection.getId().toString())
				.with(httpBasic("dept-agriculture", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[*].text", not(hasItem("财务票据不规范"))));
		this.mvc.perform(get("/api/findings/" + finance).with(httpBasic("dept-agriculture", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", not(containsString("财务票据"))));
		this.mvc
			.perform(put("/api/findings/" + finance).with(httpBasic("dept-agriculture", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(inspection, "改写", "OTHER", "dept-agriculture")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/findings/" + agriculture).with(httpBasic("dept-agriculture", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(inspection, "改写", "OTHER", "dept-agriculture")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/findings/" + agriculture).with(httpBasic("dept-agriculture", "demo")))
			.andExpect(jsonPath("$.text").value("农机补贴冒领"));
		this.mvc
			.perform(get("/api/findings").param("inspectionId", inspection.getId().toString())
				.with(httpBasic("dept-finance", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		this.mvc
			.perform(get("/api/findings").param("inspectionId", inspection.getId().toString())
				.with(httpBasic("village-t01v01", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void filtersAndPaging() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-2");
		for (int i = 0; i < 3; i++) {
			create("inspection-team-2", body(inspection, "三资问题" + i, "COLLECTIVE_ASSETS", "dept-finance"));
		}
		create("inspection-team-2", body(inspection, "作风问题", "STYLE_AND_INTEGRITY", "dept-finance"));
		String list = "/api/findings";
		this.mvc
			.perform(get(list).param("inspectionId", inspection.getId().toString())
				.param("category", "COLLECTIVE_ASSETS")
				.param("size", "2")
				.param("sort", "seqNo,desc")
				.with(httpBasic(inspection.getUnitGroupId(), "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.totalPages").value(2))
			.andExpect(jsonPath("$.content[0].seqNo").value(3));
		this.mvc
			.perform(get(list).param("inspectionId", inspection.getId().toString())
				.param("q", "作风")
				.with(httpBasic("township-t01", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].categoryLabel").value("作风和廉洁"));
		this.mvc
			.perform(get(list).param("unitCode", inspection.getUnitCode())
				.param("severity", "GRAVE")
				.with(httpBasic("inspection-office", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		this.mvc.perform(get(list).param("sort", "reporter").with(httpBasic("inspection-office", "demo")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void afterTheReportIsHeardTheProblemListCannotChange() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String id = id(create("inspection-team-1", body(inspection, "问题", "OTHER", "dept-housing")));
		this.rounds.feedbackGiven(inspection);
		this.mvc
			.perform(put("/api/findings/" + id).with(httpBasic("inspection-team-1", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(inspection, "改后", "OTHER", "dept-housing")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("不能再修改")));
		create("inspection-team-1", body(inspection, "新问题", "OTHER", "dept-housing")).andExpect(status().isConflict());
	}

	private ResultActions create(String user, String body) throws Exception {
		return this.mvc.perform(post("/api/findings").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static String body(Inspection inspection, String text, String category, String department) {
		return """
				{"inspectionId": %d, "text": "%s", "category": "%s", "checklistItemIds": [11],
				 "source": "DOCUMENT", "severity": "SERIOUS", "supervisingDeptGroupId": "%s",
				 "moneyRecoveredYuan": 3000}
				""".formatted(inspection.getId(), text, category, department);
	}

	static String id(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":(\\d+).*", "$1");
	}

}

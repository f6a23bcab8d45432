package org.rectiflow.round;

import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitPriority;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The cadre pool, staffing a team and the recusal check (回避). */
@ApiTest
class TeamAndRecusalTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RoundFixtures fixtures;

	@Autowired
	private Cadres cadres;

	@Autowired
	private Teams teams;

	@Test
	void aCadreFromTheInspectedUnitIsRefusedWithTheReason() throws Exception {
		Inspection inspection = this.fixtures.inspection("inspection-team-1");
		long cadre = cadre("{\"name\": \"张明\", \"homeUnitCode\": \"%s\"}".formatted(inspection.getUnitCode()));
		this.mvc
			.perform(post("/api/inspections/" + inspection.getId() + "/team")
				.with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cadreId\": %d, \"role\": \"MEMBER\"}".formatted(cadre)))
			.andExpect(status().isConflict())
			.andExpect(
					jsonPath("$.detail").value("回避：该干部来自被巡察单位 测试村 / recusal: the cadre comes from the inspected unit"));
		this.mvc
			.perform(get("/api/inspections/" + inspection.getId() + "/team")
				.with(httpBasic("inspection-team-1", "demo")))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aCadreRecordedAsRelatedToTheUnitsLeadersIsRefusedWithTheRecordedRelation() {
		Inspection inspection = this.fixtures.inspection("inspection-team-1");
		Cadre cadre = this.cadres.create(
				new CadreForm("李华", "T02V01", "dept-agriculture", "科员", null,
						java.util.List.of(new CadreForm.Relation(inspection.getUnitCode(), "与该村党支部书记系表兄弟"))),
				RoundFixtures.OFFICE);
		assertThatThrownBy(
				() -> this.teams.add(inspection.getId(), cadre.getId(), TeamRole.DEPUTY, RoundFixtures.OFFICE))
			.hasMessage("回避：该干部与被巡察单位 测试村 的负责人有利害关系（与该村党支部书记系表兄弟） / recusal: the cadre is recorded as "
					+ "related to the leaders of the inspected unit");
	}

	@Test
	void aCadreWithoutConflictJoinsOnceAndCanBeTakenOff() throws Exception {
		InspectedUnit unit = this.fixtures.village("无关村", UnitPriority.ORDINARY);
		Inspection inspection = this.fixtures.inspection(this.fixtures.round(), unit, "inspection-team-3");
		long cadre = cadre("{\"name\": \"王强\", \"homeUnitCode\": \"T01V01\", \"departmentGroupId\": \"township-t01\","
				+ " \"relations\": [{\"unitCode\": \"T02V02\", \"note\": \"配偶为该村会计\"}]}");
		String team = "/api/inspections/" + inspection.getId() + "/team";
		String body = "{\"cadreId\": %d, \"role\": \"LEADER\"}".formatted(cadre);
		this.mvc
			.perform(post(team).with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roleLabel").value("组长"));
		this.mvc
			.perform(post(team).with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已在本巡察组")));
		this.mvc.perform(get(team).with(httpBasic("inspection-team-3", "demo")))
			.andExpect(jsonPath("$[0].name").value("王强"));
		this.mvc.perform(delete(team + "/" + cadre).with(httpBasic("inspection-office", "demo")))
			.andExpect(status().isNoContent());
	}

	@Test
	void anInactiveCadreIsRefused() throws Exception {
		Inspection inspection = this.fixtures.inspection("inspection-team-1");
		long cadre = cadre("{\"name\": \"赵敏\"}");
		this.mvc
			.perform(put("/api/cadres/" + cadre).with(httpBasic("organization-dept", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"赵敏\", \"active\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		assertThatThrownBy(() -> this.teams.add(inspection.getId(), cadre, TeamRole.MEMBER, RoundFixtures.OFFICE))
			.hasMessageContaining("已停用");
	}

	@Test
	void onlyTheOfficeStaffsTeamsAndOnlyInspectionBodiesReadThePool() throws Exception {
		Inspection inspection = this.fixtures.inspection("inspection-team-1");
		long cadre = cadre("{\"name\": \"钱进\"}");
		this.mvc
			.perform(post("/api/inspections/" + inspection.getId() + "/team")
				.with(httpBasic("inspection-team-1", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cadreId\": %d, \"role\": \"MEMBER\"}".formatted(cadre)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/inspections/" + inspection.getId() + "/team")
				.with(httpBasic("inspection-team-2", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cadreId\": %d, \"role\": \"MEMBER\"}".formatted(cadre)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/cadres/" + cadre).with(httpBasic("inspection-team-2", "demo")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/cadres").with(httpBasic("village-t01v01", "demo")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/cadres").with(httpBasic("dept-agriculture", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"孙立\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCadreNamingAnUnknownUnitIsABadRequest() throws Exception {
		this.mvc
			.perform(post("/api/cadres").with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"周全\", \"homeUnitCode\": \"NOSUCHUNIT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("NOSUCHUNIT")));
		this.mvc
			.perform(post("/api/cadres").with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	private long cadre(String json) throws Exception {
		String body = this.mvc
			.perform(post("/api/cadres").with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
	}

}

package org.rectiflow.finding;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Unique;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reporting villager's identity: readable by the discipline commission only, and stored
 * so that neither a query of findings, nor the database column, nor a log line shows it.
 */
@ApiTest
class ReporterIdentityTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RoundFixtures rounds;

	@Autowired
	private Findings findings;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void onlyTheDisciplineCommissionReadsTheReporterAndNoOtherAnswerContainsIt() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String name = "举报人" + Unique.code("N");
		String phone = "139" + Unique.code("").replaceAll("[^0-9]", "7").substring(0, 8);
		String id = this.mvc.perform(post("/api/findings").with(httpBasic("inspection-team-1", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"inspectionId": %d, "text": "村干部优亲厚友评低保", "category": "POLICY_IMPLEMENTATION",
					 "source": "VILLAGER_REPORT", "severity": "GRAVE", "supervisingDeptGroupId": "dept-civil-affairs",
					 "reporter": {"name": "%s", "contact": "%s", "note": "担心打击报复"}}
					""".formatted(inspection.getId(), name, phone)))
			.andExpect(status().isCreated())
			.andExpect(content().string(not(containsString(name))))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("^\\{\"id\":(\\d+).*", "$1");
		for (String reader : List.of("inspection-office", "leading-group", "organization-dept", "inspection-team-1",
				inspection.getUnitGroupId(), "township-t01", "dept-civil-affairs", "camunda-admin")) {
			String user = reader.equals("camunda-admin") ? "admin" : reader;
			String password = reader.equals("camunda-admin") ? "admin" : "demo";
			this.mvc.perform(get("/api/findings/" + id + "/reporter").with(httpBasic(user, password)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString(name))))
				.andExpect(content().string(not(containsString(phone))));
			this.mvc.perform(get("/api/findings/" + id).with(httpBasic(user, password)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(name))));
		}
		this.mvc.perform(get("/api/findings/" + id + "/reporter").with(httpBasic("village-t01v01", "demo")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/findings").param("inspectionId", inspection.getId().toString())
				.with(httpBasic("discipline-commission", "demo")))
			.andExpect(content().string(not(containsString(name))));
		this.mvc.perform(get("/api/findings/" + id + "/reporter").with(httpBasic("discipline-commission", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.contact").value(phone))
			.andExpect(jsonPath("$.note").value("担心打击报复"))
			.andExpect(jsonPath("$.recordedBy").value("inspection-team-1"));
		Map<String, Object> row = this.jdbc.queryForMap("select * from finding_reporter where finding_id = ?",
				Long.valueOf(id));
		assertThat(row.values().toString()).doesNotContain(name, phone, "担心打击报复");
		assertThat(row.get("name_cipher").toString()).startsWith("v1:");
		Finding finding = this.findings.get(Long.parseLong(id));
		assertThat(finding.toString()).doesNotContain(name);
		assertThat(new ReporterForm(name, phone, null).toString()).doesNotContain(name, phone);
	}

	@Test
	void aReporterIsRecordedOnlyForAVillagersReportAndNeverEchoed() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		Finding document = new FindingFixtures(this.findings).finding(inspection, "账目不清", "dept-finance");
		this.mvc
			.perform(put("/api/findings/" + document.getId() + "/reporter").with(httpBasic("inspection-team-1", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"某人\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(put("/api/findings/" + document.getId() + "/reporter")
				.with(httpBasic("discipline-commission", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"某人\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/findings/" + document.getId() + "/reporter")
				.with(httpBasic("discipline-commission", "demo")))
			.andExpect(status().isNotFound());
	}

}

package org.rectiflow.supervision;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Unique;
import org.rectiflow.unit.InspectedUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: a letter names its item by the item's ledger number (decision 0035), not by a
 * database id: in the PDF, in the notification it sends, on the item's page and its
 * letters panel.
 */
@ApiTest
class LetterLedgerNumberTests {

	private static final CurrentUser OFFICE = new CurrentUser("inspection-office",
			java.util.Set.of("inspection-office"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ItemFlows flows;

	@Autowired
	private Letters letters;

	@Autowired
	private LedgerQueries ledger;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theLetterItsNotificationAndTheItemPageShowTheLedgerNumber() throws Exception {
		String name = "文号" + Unique.code("") + "村";
		InspectedUnit village = this.flows.village(name);
		ItemFlows.Flow flow = this.flows.planned(village, ItemFlows.today().plusDays(40));
		String number = this.ledger.get(flow.itemId(), OFFICE).getLedgerNumber();
		assertThat(number).isEqualTo("〔" + ItemFlows.today().getYear() + "〕青山镇-" + name + "-001");

		this.mvc
			.perform(post("/console/items/" + flow.itemId() + "/actions").header("HX-Request", "true")
				.with(SupervisionActionTests.as("inspection-office"))
				.with(csrf())
				.param("action", "SUPERVISION_LETTER")
				.param("reason", "整改进度明显滞后"))
			.andExpect(status().isOk());
		List<Letter> issued = this.letters.about(SubjectType.ITEM, flow.itemId());
		assertThat(issued).hasSize(1);
		Letter letter = issued.get(0);
		assertThat(letter.getSubjectNumber()).isEqualTo(number);

		byte[] pdf = this.mvc
			.perform(get("/console/letters/" + letter.getId() + ".pdf")
				.with(SupervisionActionTests.as(village.getGroupId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = SupervisionActionTests.text(pdf).replaceAll("\\s", "");
		assertThat(text).contains("整改事项编号：" + number).doesNotContain("编号：" + flow.itemId());

		String body = this.jdbc.queryForObject("select body from notification where reference = ?", String.class,
				"letter:" + letter.getId());
		assertThat(body).contains("（编号 " + number + "）").doesNotContain("编号 " + flow.itemId() + "）");

		String page = this.mvc
			.perform(get("/console/items/" + flow.itemId()).with(SupervisionActionTests.as(village.getGroupId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(number);
		String panel = this.mvc
			.perform(get("/console/items/" + flow.itemId() + "/supervision").header("HX-Request", "true")
				.with(SupervisionActionTests.as(village.getGroupId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(panel).contains(name + " · " + number);
	}

}

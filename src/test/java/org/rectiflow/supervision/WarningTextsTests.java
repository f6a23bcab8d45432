package org.rectiflow.supervision;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rectiflow.unit.InspectedUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every text that states a threshold reads the setting that drives the timer: with the
 * warning ladder set to 25 / 8 days, the yellow letter says 8 日 (in the record and in its
 * PDF) and the dashboard names 25 and 8 日; with the reply periods set to 7 working days
 * and 15 days, the 督办函 and the 催办函 ask for them.
 */
@SpringBootTest(properties = { "rectiflow.warning.green-days-before=25", "rectiflow.warning.yellow-days-before=8",
		"rectiflow.deadlines.supervision-reply=7WD", "rectiflow.deadlines.urge-reply=P15D",
		"rectiflow.deadlines.rectification-report=P45D" })
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
class WarningTextsTests {

	@Autowired
	private ItemFlows flows;

	@Autowired
	private Letters letters;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private LetterPdf pdf;

	@Test
	void theLettersStateTheReplyPeriodsOfTheSettings() throws Exception {
		String supervision = SupervisionActionTests.text(this.pdf.print(letter(LetterKind.SUPERVISION)))
			.replaceAll("\\s", "");
		assertThat(supervision).contains("请收到本函后7个工作日内").doesNotContain("5个工作日");
		String urge = SupervisionActionTests.text(this.pdf.print(letter(LetterKind.URGE))).replaceAll("\\s", "");
		assertThat(urge).contains("请收到本函后15日内反馈办理情况").doesNotContain("10个工作日");
	}

	private static Letter letter(LetterKind kind) {
		LetterDraft draft = new LetterDraft(kind, SubjectType.ITEM, 1L, "〔2026〕设置镇-设置村-001", "村务公开栏长期未更新", "设置村",
				"village-t01v01", null, null, ItemFlows.today(), java.util.Set.of("village-t01v01"),
				"inspection-office", null, null, null);
		return new Letter(draft, "示范县巡整督〔2026〕1号", 2026, 1, ItemFlows.today(), java.time.Instant.now());
	}

	@Test
	void theLetterAndTheDashboardStateTheConfiguredThresholds() throws Exception {
		InspectedUnit village = this.flows.village("设置村");
		ItemFlows.Flow flow = this.flows.planned(village, ItemFlows.today().plusDays(6));
		List<Letter> issued = this.letters.about(SubjectType.ITEM, flow.itemId());
		assertThat(issued).singleElement().satisfies((letter) -> {
			assertThat(letter.getTrigger()).isEqualTo("YELLOW");
			assertThat(letter.getReason()).isEqualTo("距整改期限不足 8 日（黄色预警）");
		});
		byte[] pdf = this.mvc
			.perform(get("/console/letters/" + issued.get(0).getId() + ".pdf")
				.with(SupervisionActionTests.as("inspection-office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(SupervisionActionTests.text(pdf).replaceAll("\\s", "")).contains("距整改期限不足8日（黄色预警）");

		String dashboard = this.mvc.perform(get("/console").with(SupervisionActionTests.as("inspection-office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dashboard).contains("绿色预警（25 日内到期）", "黄色预警（8 日内到期）").doesNotContain("20 天", "10 天");
	}

}

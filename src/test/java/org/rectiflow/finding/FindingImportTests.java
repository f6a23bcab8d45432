package org.rectiflow.finding;

import org.junit.jupiter.api.Test;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Xlsx;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Importing a problem list: all or nothing, every bad row named, idempotent by 序号. */
@ApiTest
class FindingImportTests {

	static final String[] HEADER = { "序号", "问题描述", "问题类别", "来源", "严重程度", "监督清单条目", "监管部门", "挽回金额(元)" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RoundFixtures rounds;

	@Autowired
	private Findings findings;

	@Autowired
	private org.rectiflow.round.ChecklistCatalogue checklist;

	@Test
	void aGoodFileCreatesTheFindingsAndTheSameFileAgainChangesNothing() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		byte[] file = Xlsx.of(HEADER,
				row("1", "集体林地承包合同未经村民代表会议", "三资管理", "查阅资料", "较重", "A03-02, A03-03", "自然资源局", "0"),
				row("2", "村干部亲属违规享受低保", "政策落实", "群众举报", "严重", "A04-01", "dept-civil-affairs", "5,600.00"),
				row("3", "三会一课记录补写", "组织建设", "个别谈话", "一般", "", "民政局", ""));
		upload(inspection, "inspection-team-1", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.unchanged").value(0));
		assertThat(this.findings.ofInspection(inspection.getId())).extracting(Finding::getSeqNo)
			.containsExactly(1, 2, 3);
		Finding second = this.findings.ofInspection(inspection.getId()).get(1);
		assertThat(second.getSupervisingDeptGroupId()).isEqualTo("dept-civil-affairs");
		assertThat(second.getMoneyRecoveredYuan()).isEqualByComparingTo("5600");
		assertThat(second.getSource()).isEqualTo(FindingSource.VILLAGER_REPORT);
		java.util.Map<String, org.rectiflow.round.ChecklistItem> items = this.checklist
			.byCode(inspection.getChecklistVersionId());
		assertThat(this.findings.ofInspection(inspection.getId()).get(0).getChecklistItemIds())
			.containsExactlyInAnyOrder(items.get("A03-02").getId(), items.get("A03-03").getId());
		upload(inspection, "inspection-team-1", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(3));
		upload(inspection, "inspection-office",
				Xlsx.of(HEADER, row("3", "三会一课记录系事后补写", "组织建设", "个别谈话", "较重", "A01-01", "民政局", "")))
			.andExpect(jsonPath("$.updated").value(1));
		assertThat(this.findings.ofInspection(inspection.getId())).hasSize(3);
		assertThat(this.findings.ofInspection(inspection.getId()).get(2).getText()).isEqualTo("三会一课记录系事后补写");
	}

	@Test
	void aFileWithBadRowsImportsNothingAndNamesEveryRowColumnAndReason() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		upload(inspection, "inspection-team-1",
				Xlsx.of(HEADER, row("1", "好问题", "三资管理", "查阅资料", "一般", "A03-01", "财政局", ""),
						row("二", "序号错", "三资管理", "查阅资料", "一般", "", "财政局", ""),
						row("3", "类别错", "经济问题", "查阅资料", "一般", "", "财政局", ""),
						row("4", "条目错", "三资管理", "查阅资料", "一般", "Z99-99", "财政局", ""),
						row("5", "部门错", "三资管理", "查阅资料", "一般", "", "宣传部", ""),
						row("6", "金额错", "三资管理", "查阅资料", "一般", "", "财政局", "-3"),
						row("1", "序号重复", "三资管理", "查阅资料", "一般", "", "财政局", ""),
						row("8", "", "三资管理", "小道消息", "很严重", "", "", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(10))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("序号"))
			.andExpect(jsonPath("$.errors[1].column").value("问题类别"))
			.andExpect(jsonPath("$.errors[1].reason").value(containsString("经济问题")))
			.andExpect(jsonPath("$.errors[2].reason").value(containsString("Z99-99")))
			.andExpect(jsonPath("$.errors[3].reason").value(containsString("宣传部")))
			.andExpect(jsonPath("$.errors[4].column").value("挽回金额"))
			.andExpect(jsonPath("$.errors[5].reason").value(containsString("第 2 行")))
			.andExpect(jsonPath("$.errors[6].row").value(9))
			.andExpect(jsonPath("$.errors[9].column").value("监管部门"));
		assertThat(this.findings.ofInspection(inspection.getId())).isEmpty();
	}

	@Test
	void onlyTheTeamAndTheOfficeImportAndOnlyWhileTheListIsADraft() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		byte[] file = Xlsx.of(HEADER, row("1", "问题", "其他", "走访", "一般", "", "水利局", ""));
		upload(inspection, "inspection-team-2", file).andExpect(status().isNotFound());
		upload(inspection, inspection.getUnitGroupId(), file).andExpect(status().isForbidden());
		this.rounds.feedbackGiven(inspection);
		upload(inspection, "inspection-team-1", file).andExpect(status().isConflict());
		assertThat(this.findings.ofInspection(inspection.getId())).isEmpty();
	}

	private ResultActions upload(Inspection inspection, String user, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/inspections/" + inspection.getId() + "/findings/import")
			.file(new MockMultipartFile("file", "findings.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
			.with(httpBasic(user, "demo")));
	}

	static String[] row(String... cells) {
		return cells;
	}

}

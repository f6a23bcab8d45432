package org.rectiflow.finding;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.TestClock;
import org.rectiflow.support.Xlsx;
import org.rectiflow.workflow.CompletionRules;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page 巡察记录 ({@code /inspections/{id}/record}): who writes and who reads, every
 * refusal in Chinese with nothing written, and the report's figures counted from the
 * records.
 */
@ApiTest
class InspectionRecordPageTests {

	private static final String[] HEADER = { "序号", "问题描述", "问题类别", "来源", "严重程度", "监督清单条目", "监管部门", "挽回金额" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RoundFixtures rounds;

	@Autowired
	private RecordFlows flows;

	@Autowired
	private Findings findings;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private CompletionRules completionRules;

	@Test
	void theTeamWritesTheProblemListAndAnEmptyFindingIsRefused() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String page = "/inspections/" + inspection.getId() + "/record";
		addFinding("inspection-team-1", inspection, "   ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写问题描述")));
		this.mvc
			.perform(post(page + "/findings").with(as("inspection-team-1")).with(csrf()).param("text", "村集体鱼塘承包费三年未收取"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择问题类别")));
		assertThat(this.findings.ofInspection(inspection.getId())).isEmpty();

		addFinding("inspection-team-1", inspection, "村集体鱼塘承包费三年未收取").andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(page + "/findings").with(as("inspection-team-1"))
				.with(csrf())
				.param("text", "村民反映低保评定优亲厚友")
				.param("category", "SERVICE_TO_PEOPLE")
				.param("source", "VILLAGER_REPORT")
				.param("severity", "SERIOUS")
				.param("department", "dept-civil-affairs")
				.param("reporterName", "王举报")
				.param("reporterContact", "13912345678"))
			.andExpect(status().is3xxRedirection());
		Finding first = this.findings.ofInspection(inspection.getId()).get(0);
		this.mvc
			.perform(post(page + "/findings/" + first.getId()).with(as("inspection-office"))
				.with(csrf())
				.param("text", "村集体鱼塘承包费三年未收取，合计 3 万元")
				.param("category", "COLLECTIVE_ASSETS")
				.param("source", "DOCUMENT")
				.param("severity", "GRAVE")
				.param("department", "dept-agriculture")
				.param("items", "11"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.findings.get(first.getId()).getSeverity()).isEqualTo(Severity.GRAVE);

		this.mvc.perform(get(page).with(as("inspection-team-1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("村集体鱼塘承包费三年未收取，合计 3 万元"), containsString("农业农村"),
					containsString("集体“三资”管理"), containsString("举报人已加密登记"), not(containsString("王举报")),
					not(containsString("13912345678")), not(containsString("dept-agriculture</td>")))));

		this.mvc
			.perform(post(page + "/findings/" + first.getId() + "/delete").with(as("inspection-team-1")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.findings.ofInspection(inspection.getId())).extracting(Finding::getText)
			.containsExactly("村民反映低保评定优亲厚友");
	}

	@Test
	void theReporterOfAVillagersReportIsReplacedOnThePageByItsWritersAndStaysHidden() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String page = "/inspections/" + inspection.getId() + "/record";
		this.mvc
			.perform(post(page + "/findings").with(as("inspection-team-1"))
				.with(csrf())
				.param("text", "村民反映危房改造补助被截留")
				.param("category", "SERVICE_TO_PEOPLE")
				.param("source", "VILLAGER_REPORT")
				.param("severity", "SERIOUS")
				.param("department", "dept-civil-affairs")
				.param("reporterName", "王错登"))
			.andExpect(status().is3xxRedirection());
		addFinding("inspection-team-1", inspection, "走访发现的问题").andExpect(status().is3xxRedirection());
		List<Finding> list = this.findings.ofInspection(inspection.getId());
		Finding report = list.stream().filter((f) -> f.getText().startsWith("村民反映")).findFirst().orElseThrow();
		Finding visit = list.stream().filter((f) -> f.getText().startsWith("走访")).findFirst().orElseThrow();
		String reporterUrl = page + "/findings/" + report.getId() + "/reporter";

		// refused: no name (400), a finding that is no villager's report (400), readers
		// (403)
		this.mvc.perform(post(reporterUrl).with(as("inspection-team-1")).with(csrf()).param("reporterContact", "139"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写举报人姓名")));
		this.mvc
			.perform(post(page + "/findings/" + visit.getId() + "/reporter").with(as("inspection-team-1"))
				.with(csrf())
				.param("reporterName", "张三"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("只有来源为群众举报的问题才能登记举报人")));
		for (String reader : List.of("leading-group", "discipline-commission", "inspection-team-2")) {
			this.mvc.perform(post(reporterUrl).with(as(reader)).with(csrf()).param("reporterName", "赵冒名"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.findings.reporter(report.getId(), COMMISSION).name()).isEqualTo("王错登");

		// the team corrects it; the page never shows it, the commission reads the new one
		this.mvc
			.perform(post(reporterUrl).with(as("inspection-team-1"))
				.with(csrf())
				.param("reporterName", "王正登")
				.param("reporterContact", "13800000000"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(as("inspection-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("举报人已加密登记"), not(containsString("王正登")),
					not(containsString("13800000000")), not(containsString("王错登")))));
		assertThat(this.findings.reporter(report.getId(), COMMISSION).name()).isEqualTo("王正登");
		assertThat(this.findings.reporter(report.getId(), COMMISSION).contact()).isEqualTo("13800000000");
	}

	@Test
	void theRecordPrintsWithItsProblemListAndOnsiteLogInTheReadersScope() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String page = "/inspections/" + inspection.getId() + "/record";
		addFinding("inspection-team-1", inspection, "村务公开栏半年未更新").andExpect(status().is3xxRedirection());
		logActivity(inspection, "VISIT", "4", "走访低保户四户").andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(as("inspection-team-1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(page + "/print")));
		this.mvc.perform(get(page + "/print").with(as("leading-group")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("巡察记录"), containsString("一、问题清单（<span id=\"print-finding-count\">1</span> 个）"),
							containsString("村务公开栏半年未更新"), containsString("农业农村局"), containsString("二、进驻工作日志"),
							containsString("走访低保户四户"), containsString("走访 4 户"), containsString("@media print"),
							not(containsString("dept-agriculture")), not(containsString("add-finding-form")))));
		// the village, before the feedback, sees neither the list nor the log
		this.mvc.perform(get(page + "/print").with(as(inspection.getUnitGroupId())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("巡察组反馈后"), not(containsString("村务公开栏半年未更新")),
					not(containsString("走访低保户四户")))));
		this.mvc.perform(get(page + "/print").with(as("inspection-team-2"))).andExpect(status().isForbidden());
	}

	private static final CurrentUser COMMISSION = new CurrentUser("discipline-commission",
			Set.of("discipline-commission"));

	@Test
	void onlyTheTeamAndTheOfficeWrite() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		addFinding("inspection-team-2", inspection, "别组的问题").andExpect(status().isForbidden());
		addFinding("leading-group", inspection, "领导小组的问题").andExpect(status().isForbidden())
			.andExpect(content().string(containsString("只有本巡察组和巡察办")));
		addFinding(inspection.getUnitGroupId(), inspection, "村里的问题").andExpect(status().isForbidden());
		this.mvc
			.perform(post("/inspections/" + inspection.getId() + "/record/activities").with(as("leading-group"))
				.with(csrf())
				.param("kind", "TALK")
				.param("heldOn", TestClock.today().toString())
				.param("quantity", "3"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/inspections/" + inspection.getId() + "/record/clues").with(as("leading-group"))
				.with(csrf())
				.param("summary", "某线索"))
			.andExpect(status().isForbidden());
		assertThat(this.findings.ofInspection(inspection.getId())).isEmpty();
		this.mvc.perform(get("/inspections/" + inspection.getId() + "/record").with(as("leading-group")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("只读"), not(containsString("add-finding-form")))));
	}

	@Test
	void anExcelWithBadRowsListsThemAndImportsNothing() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		byte[] bad = Xlsx.of(HEADER, new String[] { "1", "财务公开不及时", "三资管理", "查阅资料", "一般", "", "农业农村局", "" },
				new String[] { "2", "", "没有这个类别", "走访", "一般", "", "农业农村局", "" });
		importFile("inspection-team-1", inspection, bad).andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("未导入任何问题"), containsString("第 3 行"),
					containsString("请填写问题描述"), containsString("没有这个类别"))));
		assertThat(this.findings.ofInspection(inspection.getId())).isEmpty();
		byte[] good = Xlsx.of(HEADER, new String[] { "1", "财务公开不及时", "三资管理", "查阅资料", "一般", "", "农业农村局", "" },
				new String[] { "2", "村务监督委员会未履职", "组织建设", "个别谈话", "较重", "", "民政局", "" });
		importFile("inspection-team-1", inspection, good).andExpect(status().is3xxRedirection());
		assertThat(this.findings.ofInspection(inspection.getId())).hasSize(2);
	}

	@Test
	void theReportsFiguresComeFromTheRecordsAndTheListClosesWhenTheReportIsApproved() throws Exception {
		Inspection inspection = this.flows.onsite("inspection-team-1");
		String page = "/inspections/" + inspection.getId() + "/record";
		logActivity(inspection, "TALK", "3", "与村两委干部谈话").andExpect(status().is3xxRedirection());
		logActivity(inspection, "TALK", "2", null).andExpect(status().is3xxRedirection());
		logActivity(inspection, "VISIT", "5", "走访脱贫户").andExpect(status().is3xxRedirection());
		logActivity(inspection, "VISIT", "0", null).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("数量应为 1 到 9999 的整数")));
		logActivity(inspection, "NOPE", "1", null).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择工作类别")));
		this.mvc
			.perform(post(page + "/activities").with(as("inspection-team-1"))
				.with(csrf())
				.param("kind", "DOCUMENT")
				.param("heldOn", TestClock.today().plusDays(1).toString())
				.param("quantity", "4"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期不能晚于今天")));
		addFinding("inspection-team-1", inspection, "村务公开栏长期未更新").andExpect(status().is3xxRedirection());
		this.mvc.perform(post(page + "/clues").with(as("inspection-team-1")).with(csrf()).param("summary", "村会计涉嫌虚开票据"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(page + "/recommendations").with(as("inspection-team-1"))
				.with(csrf())
				.param("department", "dept-civil-affairs")
				.param("content", "建议规范低保评定公示"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(as("inspection-office")))
			.andExpect(content().string(allOf(containsString("5 人次"), containsString("5 户"), containsString("0 份"),
					containsString("村会计涉嫌虚开票据"), containsString("建议规范低保评定公示"))));

		// the counts are no field of a form: a completion may not set them
		String onsiteTask = this.flows.task(inspection, "Task_ConductOnsite");
		assertThatThrownBy(() -> this.completionRules.check(onsiteTask, Set.of("talkCount")))
			.isInstanceOf(InvalidInputException.class);
		this.flows.onsiteEnded(inspection);
		String pid = inspection.getProcessInstanceId();
		assertThat(this.runtime.getVariable(pid, "talkCount")).isEqualTo(5);
		assertThat(this.runtime.getVariable(pid, "visitCount")).isEqualTo(5);
		assertThat(this.runtime.getVariable(pid, "documentCount")).isEqualTo(0);
		assertThat(this.runtime.getVariable(pid, "villagerReportCount")).isEqualTo(0);

		String draftTask = this.flows.task(inspection, "Task_DraftReport");
		assertThatThrownBy(() -> this.completionRules.check(draftTask, Set.of("findingCount")))
			.isInstanceOf(InvalidInputException.class);
		this.mvc.perform(get("/workbench/tasks/" + draftTask).with(as("inspection-team-1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("发现问题 1 个"), containsString("问题线索 1 条"),
					containsString("巡察建议书 1 份"), containsString(page))));
		addFinding("inspection-team-1", inspection, "集体资产出租未经民主程序").andExpect(status().is3xxRedirection());
		this.flows.reportDrafted(inspection);
		assertThat(this.runtime.getVariable(pid, "findingCount")).isEqualTo(2);
		assertThat(this.runtime.getVariable(pid, "clueCount")).isEqualTo(1);
		assertThat(this.runtime.getVariable(pid, "recommendationCount")).isEqualTo(1);

		// under review the list is still open; once approved it is closed (409)
		addFinding("inspection-office", inspection, "审核时补充的问题").andExpect(status().is3xxRedirection());
		this.flows.reportApproved(inspection);
		Finding finding = this.findings.ofInspection(inspection.getId()).get(0);
		addFinding("inspection-team-1", inspection, "审核通过后的问题").andExpect(status().isConflict())
			.andExpect(content().string(containsString("巡察报告已审核通过")));
		this.mvc
			.perform(post(page + "/findings/" + finding.getId()).with(as("inspection-team-1"))
				.with(csrf())
				.param("text", "改写")
				.param("category", "OTHER")
				.param("source", "VISIT")
				.param("severity", "GENERAL")
				.param("department", "dept-agriculture"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post(page + "/findings/" + finding.getId() + "/delete").with(as("inspection-team-1")).with(csrf()))
			.andExpect(status().isConflict());
		logActivity(inspection, "TALK", "1", null).andExpect(status().isConflict());
		this.mvc
			.perform(put("/api/findings/" + finding.getId()).with(httpBasic("inspection-team-1", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"text": "改", "category": "OTHER", "source": "DOCUMENT", "severity": "GENERAL",
						 "supervisingDeptGroupId": "dept-agriculture"}
						"""))
			.andExpect(status().isConflict());
		assertThat(this.findings.ofInspection(inspection.getId())).hasSize(3);
		assertThat(this.findings.get(finding.getId()).getText()).isEqualTo(finding.getText());
		this.mvc.perform(get(page).with(as("inspection-team-1")))
			.andExpect(content().string(allOf(containsString("报告已审核通过"), not(containsString("add-finding-form")))));
	}

	@Test
	void theVillageReadsOnlyTheProblemListAndOnlyAfterTheFeedback() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String page = "/inspections/" + inspection.getId() + "/record";
		addFinding("inspection-team-1", inspection, "村级财务票据报销手续不全").andExpect(status().is3xxRedirection());
		this.mvc.perform(post(page + "/clues").with(as("inspection-team-1")).with(csrf()).param("summary", "保密的线索内容"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(as(inspection.getUnitGroupId())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("巡察组反馈后"), not(containsString("村级财务票据报销手续不全")))));
		this.rounds.feedbackGiven(inspection);
		for (String reader : new String[] { inspection.getUnitGroupId(), "township-t01" }) {
			this.mvc.perform(get(page).with(as(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("村级财务票据报销手续不全"), not(containsString("保密的线索内容")),
						not(containsString("进驻工作日志")), not(containsString("add-finding-form")))));
		}
		this.mvc.perform(get(page).with(as("inspection-team-2"))).andExpect(status().isForbidden());
		this.mvc.perform(get(page).with(as("dept-water"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/inspections/987654321/record").with(as("inspection-office")))
			.andExpect(status().isNotFound());
	}

	/** A console user acting for one group (user id = group id, as the demo users). */
	private static RequestPostProcessor as(String group) {
		return user(group).authorities(new SimpleGrantedAuthority(group));
	}

	private ResultActions addFinding(String user, Inspection inspection, String text) throws Exception {
		return this.mvc.perform(post("/inspections/" + inspection.getId() + "/record/findings").with(as(user))
			.with(csrf())
			.param("text", text)
			.param("category", "COLLECTIVE_ASSETS")
			.param("source", "VISIT")
			.param("severity", "GENERAL")
			.param("department", "dept-agriculture"));
	}

	private ResultActions logActivity(Inspection inspection, String kind, String quantity, String note)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/inspections/" + inspection.getId() + "/record/activities")
			.with(as("inspection-team-1"))
			.with(csrf())
			.param("kind", kind)
			.param("heldOn", TestClock.today().toString())
			.param("quantity", quantity);
		if (note != null) {
			request.param("note", note);
		}
		return this.mvc.perform(request);
	}

	private ResultActions importFile(String user, Inspection inspection, byte[] file) throws Exception {
		return this.mvc.perform(multipart("/inspections/" + inspection.getId() + "/record/findings/import")
			.file(new MockMultipartFile("file", "问题清单.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.with(as(user))
			.with(csrf()));
	}

}

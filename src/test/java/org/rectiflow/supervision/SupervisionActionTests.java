package org.rectiflow.supervision;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.ItemTimeline;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.rectification.LedgerSeeds;
import org.rectiflow.rectification.RectificationItem;
import org.rectiflow.rectification.TimelineEntry;
import org.rectiflow.support.ApiTest;
import org.rectiflow.unit.InspectedUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A supervisor's actions on an item go through its process and issue a numbered letter;
 * everyone else is refused; a signed-off item takes no action; letters print as PDFs
 * within their readers' scope.
 */
@ApiTest
class SupervisionActionTests {

	private static final CurrentUser OFFICE = new CurrentUser("inspection-office",
			java.util.Set.of("inspection-office"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ItemFlows flows;

	@Autowired
	private LedgerSeeds seeds;

	@Autowired
	private Letters letters;

	@Autowired
	private LedgerQueries ledger;

	@Autowired
	private ItemTimeline timeline;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void aSupervisionLetterByHandGoesThroughTheProcessAndLandsInTheTimeline() throws Exception {
		InspectedUnit village = this.flows.village("督办村");
		ItemFlows.Flow flow = this.flows.planned(village, ItemFlows.today().plusDays(40));

		act("inspection-office", flow.itemId(), "SUPERVISION_LETTER", "整改进度明显滞后，群众反映强烈").andExpect(status().isOk())
			.andExpect(content().string(containsString("已发出督办函")))
			.andExpect(content().string(containsString("巡整督〔")));

		List<Letter> issued = this.letters.about(SubjectType.ITEM, flow.itemId());
		assertThat(issued).hasSize(1);
		Letter letter = issued.get(0);
		assertThat(letter.getKind()).isEqualTo(LetterKind.SUPERVISION);
		assertThat(letter.getIssuer()).isEqualTo("inspection-office");
		assertThat(letter.getTrigger()).isEqualTo("MANUAL");
		assertThat(letter.getReason()).isEqualTo("整改进度明显滞后，群众反映强烈");
		assertThat(letter.getDeadline()).isEqualTo(ItemFlows.today().plusDays(40));
		assertThat(letter.getRecipientGroups()).containsExactly(village.getGroupId(), "township-t01");
		assertThat(letter.getNumber()).as("GB/T 9704: 〔year〕serial号, no 第")
			.isEqualTo("示范县巡整督〔" + ItemFlows.today().getYear() + "〕" + letter.getSerial() + "号");
		Long notification = this.jdbc.queryForObject("select id from notification where reference = ?", Long.class,
				"letter:" + letter.getId());
		String opened = "/console/items/" + flow.itemId() + "?letter=" + letter.getId() + "#letter-" + letter.getId();
		this.mvc.perform(get("/console/notifications/" + notification + "/open").with(as(village.getGroupId())))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(opened));
		this.mvc
			.perform(get("/console/items/" + flow.itemId()).param("letter", String.valueOf(letter.getId()))
				.with(as(village.getGroupId())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("/console/items/" + flow.itemId() + "/supervision?letter=" + letter.getId())));
		this.mvc
			.perform(get("/console/items/" + flow.itemId() + "/supervision")
				.param("letter", String.valueOf(letter.getId()))
				.header("HX-Request", "true")
				.with(as(village.getGroupId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"letter-" + letter.getId() + "\"")))
			.andExpect(content().string(containsString("letter-opened")));
		assertThat(letter.getProcessInstanceId()).isEqualTo(flow.processInstanceId());

		List<TimelineEntry> lines = this.timeline.of(flow.itemId(), OFFICE);
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.what()).isEqualTo("收到：收到督办指令");
			assertThat(line.who()).isEqualTo("inspection-office");
			assertThat(line.why()).contains("督办措施：发督办函", "督办理由：整改进度明显滞后，群众反映强烈", "文号：" + letter.getNumber());
		});
		assertThat(lines).anySatisfy((line) -> assertThat(line.what()).isEqualTo("出具督办文书"));
		assertThat(this.flows.openTasks(flow, "Task_SupervisionTalk")).isZero();
	}

	@Test
	void aFlagMarksTheItemAndATalkOpensTheCommissionsTask() throws Exception {
		ItemFlows.Flow flow = this.flows.planned(this.flows.village("挂牌村"), ItemFlows.today().plusDays(40));
		api("leading-group", flow.itemId(), "FLAG", "多次督促仍未整改").andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("FLAG"))
			.andExpect(jsonPath("$.kindLabel").value("挂牌督办通知"))
			.andExpect(jsonPath("$.pdfPath").value(containsString(".pdf")));
		RectificationItem item = this.ledger.get(flow.itemId(), OFFICE);
		assertThat(item.isFlagged()).isTrue();

		api("inspection-office", flow.itemId(), "ADMONISH", "严重滞后").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("只有领导小组和纪委监委可以约谈")));
		api("discipline-commission", flow.itemId(), "ADMONISH", "严重滞后，约谈村党支部书记").andExpect(status().isCreated())
			.andExpect(jsonPath("$.kindLabel").value("约谈通知"))
			.andExpect(jsonPath("$.recipientGroups").value(
					org.hamcrest.Matchers.hasItems("discipline-commission", "organization-dept", "dept-agriculture")));
		assertThat(this.flows.openTasks(flow, "Task_SupervisionTalk")).isEqualTo(1);
		assertThat(this.letters.about(SubjectType.ITEM, flow.itemId())).extracting(Letter::getKind)
			.containsExactly(LetterKind.ADMONISH, LetterKind.FLAG);
	}

	@Test
	void villagesAndDepartmentsAreRefusedWithAReason() throws Exception {
		InspectedUnit village = this.flows.village("拒绝村");
		ItemFlows.Flow flow = this.flows.planned(village, ItemFlows.today().plusDays(40));
		act(village.getGroupId(), flow.itemId(), "SUPERVISION_LETTER", "自己督办自己").andExpect(status().isForbidden())
			.andExpect(content().string(containsString("只有巡察办、巡察工作领导小组和纪委监委可以采取督办措施")));
		act("dept-agriculture", flow.itemId(), "REMINDER", "部门提醒").andExpect(status().isForbidden());
		api("dept-agriculture", flow.itemId(), "REMINDER", "部门提醒").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		api("township-t01", flow.itemId(), "REMINDER", "乡镇提醒").andExpect(status().isForbidden());
		assertThat(this.letters.about(SubjectType.ITEM, flow.itemId())).isEmpty();

		// The village sees the panel, with its letters and without the form.
		this.mvc
			.perform(get("/console/items/" + flow.itemId() + "/supervision").header("HX-Request", "true")
				.with(as(village.getGroupId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"supervision-readonly\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"supervision-form\""))));
	}

	@Test
	void aSignedOffItemTakesNoActionAndABadActionIsABadRequest() throws Exception {
		RectificationItem done = this.seeds.signedOff("T01V01", "dept-agriculture");
		act("inspection-office", done.getId(), "SUPERVISION_LETTER", "已销号仍督办").andExpect(status().isConflict())
			.andExpect(content().string(containsString("已销号")));
		api("inspection-office", done.getId(), "REMINDER", "已销号仍督办").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已销号")));

		ItemFlows.Flow flow = this.flows.opened(this.flows.village("错误村"));
		act("inspection-office", flow.itemId(), "BURN_IT", "不存在的措施").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("督办措施应为")));
		api("inspection-office", flow.itemId(), "", "空").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("督办措施应为")));
		api("inspection-office", flow.itemId(), "REMINDER", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("请填写督办理由")));
		assertThat(this.letters.about(SubjectType.ITEM, flow.itemId())).isEmpty();

		// Before its measures an item can be reminded: no deadline yet.
		api("inspection-office", flow.itemId(), "REMINDER", "尽快认领并制定措施").andExpect(status().isCreated())
			.andExpect(jsonPath("$.kindLabel").value("提示函"));
	}

	@Test
	void theLetterPrintsWithUnitNumberAndDeadlineAndOnlyItsReadersMayOpenIt() throws Exception {
		InspectedUnit village = this.flows.village("打印村");
		ItemFlows.Flow flow = this.flows.planned(village, ItemFlows.today().plusDays(40));
		act("inspection-office", flow.itemId(), "SUPERVISION_LETTER", "进度滞后").andExpect(status().isOk());
		Letter letter = this.letters.about(SubjectType.ITEM, flow.itemId()).get(0);

		byte[] pdf = this.mvc.perform(get("/console/letters/" + letter.getId() + ".pdf").with(as(village.getGroupId())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("打印村", letter.getNumber(), "督办函", "中共示范县委巡察工作领导小组办公室",
				DateTimeFormatter.ofPattern("yyyy年M月d日").format(letter.getDeadline()), "村集体鱼塘承包合同未经村民代表会议表决",
				"事由：进度滞后");

		for (String reader : List.of("inspection-office", "leading-group", "township-t01", "dept-agriculture")) {
			this.mvc.perform(get("/console/letters/" + letter.getId() + ".pdf").with(as(reader)))
				.andExpect(status().isOk());
		}
		InspectedUnit other = this.flows.village("邻村");
		this.mvc.perform(get("/console/letters/" + letter.getId() + ".pdf").with(as(other.getGroupId())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您无权查看文书")));
		this.mvc.perform(get("/api/letters/" + letter.getId()).with(httpBasic("dept-finance", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/console/letters/999999999.pdf").with(as("inspection-office")))
			.andExpect(status().isNotFound());
	}

	@Test
	void numbersRunWithoutGapsPerKindAndYear() throws Exception {
		ItemFlows.Flow flow = this.flows.planned(this.flows.village("编号村"), ItemFlows.today().plusDays(40));
		for (int i = 0; i < 3; i++) {
			api("inspection-office", flow.itemId(), "REMINDER", "第 " + i + " 次提示").andExpect(status().isCreated());
		}
		api("inspection-office", flow.itemId(), "SUPERVISION_LETTER", "督办").andExpect(status().isCreated());
		List<Letter> issued = this.letters.about(SubjectType.ITEM, flow.itemId());
		List<Integer> reminders = issued.stream()
			.filter((letter) -> letter.getKind() == LetterKind.REMINDER)
			.map(Letter::getSerial)
			.sorted()
			.toList();
		assertThat(reminders).hasSize(3);
		assertThat(reminders.get(2) - reminders.get(0)).as("consecutive within the kind").isEqualTo(2);
		assertThat(issued).extracting(Letter::getNumber).doesNotHaveDuplicates();
	}

	/** A console session of a demo user, whose groups are their authorities. */
	static RequestPostProcessor as(String group) {
		return user(group).authorities(new SimpleGrantedAuthority(group));
	}

	static String text(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page));
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

	private ResultActions act(String user, long itemId, String action, String reason) throws Exception {
		return this.mvc.perform(post("/console/items/" + itemId + "/actions").header("HX-Request", "true")
			.with(as(user))
			.with(csrf())
			.param("action", action)
			.param("reason", reason));
	}

	private ResultActions api(String user, long itemId, String action, String reason) throws Exception {
		return this.mvc.perform(post("/api/ledger/" + itemId + "/supervision-actions").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"%s\", \"reason\": \"%s\"}".formatted(action, reason)));
	}

}

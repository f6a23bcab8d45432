package org.rectiflow.rectification;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.EngineSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17: the village corrects its item's measures and responsible person from the item
 * page until the item goes to review (kept in the timeline, the process shows the new
 * values); others may not; the 整改销号审批表 prints the parties' votes with names, opinions and
 * dates.
 */
@ApiTest
class PlanCorrectionAndSignOffFormTests {

	private static final String UNIT = "T02V06";

	private static final String VILLAGE = "village-t02v06";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private IdentityService identity;

	@Autowired
	private ManagementService management;

	@Autowired
	private RectificationLedger ledger;

	@Autowired
	private LedgerFixtures fixtures;

	@Autowired
	private ItemTimeline timeline;

	@Test
	void theVillageCorrectsItsPlanUntilReviewAndTheSignOffFormPrintsTheVotes() throws Exception {
		long itemId = LedgerFixtures.nextId();
		String process = this.runtime
			.startProcessInstanceByKey("rectification-item", String.valueOf(itemId),
					ItemVariables.start(itemId, UNIT, "dept-agriculture"))
			.getId();
		EngineSteps.runJobs(this.management, process);
		complete(process, VILLAGE, "Task_PlanMeasures", ItemVariables.plan());
		EngineSteps.runJobs(this.management, process);
		String path = "/console/items/" + itemId + "/plan-corrections";

		String page = page(itemId, VILLAGE);
		assertThat(page).contains("id=\"plan-correction\"", "更正整改措施和责任人");
		assertThat(page(itemId, "inspection-office")).as("only the unit corrects")
			.doesNotContain("id=\"plan-correction\"");

		this.mvc
			.perform(post(path).with(as(VILLAGE))
				.with(csrf())
				.param("measures", "重新公开发包鱼塘，合同提交村民代表会议表决，结果张榜公示7天")
				.param("responsiblePerson", "王会计")
				.param("responsiblePhone", "13800001111")
				.param("reason", "原责任人调岗"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("correctionMessage", containsString("已更正")));
		RectificationItem corrected = this.ledger.item(itemId);
		assertThat(corrected.getResponsiblePerson()).isEqualTo("王会计");
		assertThat(corrected.getResponsiblePhone()).isEqualTo("13800001111");
		assertThat(corrected.getMeasures()).endsWith("张榜公示7天");
		assertThat(corrected.getDeadline()).isEqualTo(LedgerFixtures.today().plusDays(30));
		assertThat(this.runtime.getVariable(process, "responsiblePerson")).isEqualTo("王会计");
		assertThat(this.runtime.getVariable(process, "measures")).asString().endsWith("张榜公示7天");
		assertThat(this.timeline.of(itemId, LedgerFixtures.user("inspection-office"))).anySatisfy((line) -> {
			assertThat(line.what()).isEqualTo("更正整改措施和责任人");
			assertThat(line.who()).isEqualTo(VILLAGE);
			assertThat(line.why()).contains("李主任（13912345678） → 王会计（13800001111）", "理由：原责任人调岗");
		});

		this.mvc
			.perform(post(path).with(as(VILLAGE))
				.with(csrf())
				.param("measures", "太短")
				.param("responsiblePerson", "王会计")
				.param("responsiblePhone", "123")
				.param("reason", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("correctionError", containsString("联系电话：应为 11 位手机号")));
		this.mvc
			.perform(post(path).with(as("village-t01v01"))
				.with(csrf())
				.param("measures", "别的村来改措施，应当被拒绝")
				.param("responsiblePerson", "某人")
				.param("responsiblePhone", "13800002222")
				.param("reason", "不是本村"))
			.andExpect(status().isForbidden());
		assertThat(this.ledger.item(itemId).getResponsiblePerson()).isEqualTo("王会计");

		this.fixtures.attachPng(this.ledger.item(itemId));
		complete(process, VILLAGE, "Task_Implement", ItemVariables.implemented());
		this.mvc
			.perform(post(path).with(as(VILLAGE))
				.with(csrf())
				.param("measures", "会审中再改措施，应当被拒绝")
				.param("responsiblePerson", "王会计")
				.param("responsiblePhone", "13800001111")
				.param("reason", "会审中"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("correctionError", containsString("提交会审后不能更正")));
		assertThat(page(itemId, VILLAGE)).doesNotContain("id=\"plan-correction\"");

		complete(process, "inspection-office", "Task_ReviewOffice", vote("office", "APPROVE", null));
		complete(process, "discipline-commission", "Task_ReviewDiscipline", vote("discipline", "APPROVE", null));
		complete(process, "organization-dept", "Task_ReviewOrganization", vote("organization", "APPROVE", null));
		complete(process, "dept-agriculture", "Task_ReviewDepartment", vote("department", "APPROVE", null));
		EngineSteps.runJobs(this.management, process);
		assertThat(this.ledger.item(itemId).getState()).isEqualTo(ItemState.SIGNED_OFF);

		assertThat(page(itemId, "inspection-office")).contains("/console/items/" + itemId + "/sign-off-form.pdf");
		byte[] pdf = this.mvc.perform(get("/console/items/" + itemId + "/sign-off-form.pdf").with(as(VILLAGE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "sign-off-form.pdf"), pdf);
		String text = text(pdf).replaceAll("\\s", "");
		assertThat(text).contains("整改销号审批表", "巡察办", "纪委监委", "组织部", "业务主管部门", "同意销号", "王会计", "已销号");
		this.mvc.perform(get("/console/items/" + itemId + "/sign-off-form.pdf").with(as("village-t01v01")))
			.andExpect(status().isForbidden());
	}

	private String page(long itemId, String group) throws Exception {
		return this.mvc.perform(get("/console/items/" + itemId).with(as(group)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static RequestPostProcessor as(String group) {
		return user(group).authorities(new SimpleGrantedAuthority(group));
	}

	private void complete(String process, String user, String taskKey, Map<String, Object> variables) {
		Task task = EngineSteps.task(this.tasks, process, taskKey);
		this.identity.setAuthentication(user, List.of(user));
		try {
			this.tasks.complete(task.getId(), variables);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private static Map<String, Object> vote(String party, String decision, String reason) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(party + "ReviewDecision", decision);
		variables.put(party + "ReturnReason", reason);
		return variables;
	}

	private static String text(byte[] pdf) throws Exception {
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

}

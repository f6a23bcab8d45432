package org.rectiflow.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.round.InspectionRound;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Unique;
import org.rectiflow.unit.InspectedUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17, "names, not codes", proven with the test's own rows: a new village, its item
 * (planned by the village's user, so it is in their 已办), a 督办函 about it and a new round;
 * every list a person reads about them shows the names and none of the codes behind them
 * (group ids, unit code, category code, colour, state, user ids).
 */
@ApiTest
class NamesNotCodesTests {

	private static final CurrentUser OFFICE = new CurrentUser("inspection-office",
			java.util.Set.of("inspection-office"));

	private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>");

	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ItemFlows flows;

	@Autowired
	private RoundFixtures roundFixtures;

	@Autowired
	private TaskService tasks;

	@Autowired
	private LedgerQueries ledger;

	@Test
	void everyListShowsTheNamesOfItsOwnRowsAndNoneOfTheirCodes() throws Exception {
		String name = "名称" + Unique.code("") + "村";
		InspectedUnit village = this.flows.village(name);
		String user = village.getGroupId();
		ItemFlows.Flow flow = this.flows.opened(village);
		String task = this.tasks.createTaskQuery()
			.processInstanceId(flow.processInstanceId())
			.taskDefinitionKey("Task_PlanMeasures")
			.singleResult()
			.getId();
		this.tasks.claim(task, user);
		this.tasks.complete(task,
				Map.of("measures", "重新公开发包鱼塘，合同提交村民代表会议表决并公示", "responsiblePerson", "李主任", "responsiblePhone",
						"13912345678", "deadline", ItemFlows.today().plusDays(40).toString(), "longTerm", false));
		this.flows.runDueJobs(flow);
		this.mvc
			.perform(post("/console/items/" + flow.itemId() + "/actions").header("HX-Request", "true")
				.with(SupervisionActionTests.as("inspection-office"))
				.with(csrf())
				.param("action", "SUPERVISION_LETTER")
				.param("reason", "整改进度明显滞后"))
			.andExpect(status().isOk());
		InspectionRound round = this.roundFixtures.round();
		String number = this.ledger.get(flow.itemId(), OFFICE).getLedgerNumber();

		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("工作台", text("/workbench", user));
		pages.put("已办", text("/inbox/done", user));
		pages.put("消息", text("/console/notifications", user));
		pages.put("整改台账", text("/console/ledger?q=" + number, "inspection-office"));
		pages.put("事项页", text("/console/items/" + flow.itemId(), user));
		pages.put("督办文书", text("/console/items/" + flow.itemId() + "/supervision", user));
		pages.put("首页统计", text("/console", "inspection-office"));
		pages.put("巡察轮次", text("/rounds", "inspection-office"));

		List<String> codes = List.of(village.getGroupId(), village.getCode(), "township-t01", "dept-agriculture",
				"inspection-office", "COLLECTIVE_ASSETS", "IN_PROGRESS", "TO_PLAN", "SUPERVISION", "MANUAL");
		List<String> found = new ArrayList<>();
		pages.forEach((page, text) -> {
			for (String code : codes) {
				if (text.contains(code)) {
					found.add(page + ": " + code);
				}
			}
			for (String word : List.of("RED", "NONE", "YELLOW", "GREEN", "APPROVE", "RETURN")) {
				if (Pattern.compile("\\b" + word + "\\b").matcher(text).find()) {
					found.add(page + ": " + word);
				}
			}
		});
		assertThat(found).as("codes in the page text").isEmpty();

		assertThat(pages.get("整改台账")).contains(number, name, "青山镇", "农业农村局", "整改中");
		assertThat(pages.get("事项页")).contains(number, name, "青山镇", "农业农村局", "整改中", "督办函");
		assertThat(pages.get("督办文书")).contains(name, number, "督办函");
		assertThat(pages.get("消息")).contains(name, number, "督办函");
		assertThat(pages.get("已办")).contains(name);
		assertThat(pages.get("巡察轮次")).contains(round.getName());
	}

	/** The page's text as a reader sees it: no scripts, styles, tags or attributes. */
	private String text(String url, String user) throws Exception {
		String html = this.mvc.perform(get(url).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return HtmlUtils.htmlUnescape(TAG.matcher(SCRIPT.matcher(html).replaceAll(" ")).replaceAll(" "));
	}

	private static RequestPostProcessor as(String group) {
		return SupervisionActionTests.as(group);
	}

}

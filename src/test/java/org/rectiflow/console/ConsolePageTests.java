package org.rectiflow.console;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.ItemState;
import org.rectiflow.rectification.LedgerFilter;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.rectification.RectificationItem;
import org.rectiflow.round.InspectionRound;
import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's pages on the demo scenario (seeded through the real processes): the
 * dashboard's counts and links, the ledger's filters, sorting and paging (full page and
 * htmx fragment), the item page with its diagram and evidence, the round and unit pages,
 * each person's scope, and the refusals as Chinese pages. Ledger counts are taken within
 * the scenario's round, since other test classes add items to the same database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class ConsolePageTests {

	private static final Pattern ROW = Pattern
		.compile("class=\"ledger-row[^\"]*\" data-item-id=\"(\\d+)\" data-township=\"(\\w+)\" data-colour=\"(\\w+)\"");

	private static final Pattern TOTAL = Pattern.compile("id=\"ledger-total\">共 <strong>(\\d+)</strong> 项");

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private DemoScenario scenario;

	@Autowired
	private LedgerQueries ledger;

	private MockMvc mvc;

	private long round;

	@BeforeEach
	void seed() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		InspectionRound seeded = this.scenario.seed();
		this.round = seeded.getId();
		// the pages count days from the scenario's day, even in a suite that runs across
		// midnight
		TestClock.on(DemoScenario.dayOf(seeded));
	}

	@Test
	void theDashboardShowsTheScenariosOverdueItemsByTownshipDepartmentAndCategoryWithLinksToTheLedger()
			throws Exception {
		String page = page("/console", "inspection-office");
		assertThat(page).contains("督查驾驶舱", "查看范围：<strong id=\"scope\">全县</strong>");
		assertThat(number(page, "id=\"count-overdue\">(\\d+)<")).isGreaterThanOrEqualTo(6);
		assertThat(number(page, "id=\"count-red\">(\\d+)<")).isGreaterThanOrEqualTo(6);
		assertThat(number(page, "id=\"count-yellow\">(\\d+)<")).isGreaterThanOrEqualTo(1);
		assertThat(page).contains("/console/ledger?overdue=true&amp;township=T01", "青山镇", "河西乡", "城关街道")
			.contains("/console/ledger?overdue=true&amp;department=dept-agriculture", "农业农村局")
			.contains("/console/ledger?overdue=true&amp;category=COLLECTIVE_ASSETS")
			.contains("id=\"chart-township\"", "id=\"chart-trend\"", "/webjars/chart.js/dist/chart.umd.js");
		// the test profile counts the trend on every request, so the chart claims no
		// refresh interval
		assertThat(page).doesNotContain("分钟更新");
		assertThat(number(page, "id=\"stat-problems\">(\\d+)<")).isGreaterThanOrEqualTo(14);
		// the county's average over closed evaluations (module evaluation), once any
		// exists
		assertThat(page).containsPattern("id=\"stat-satisfaction\">(暂无|[0-9.]+%)<");
		assertThat(page).containsPattern("id=\"stat-clues\">\\d+ / \\d+<");
		assertThat(number(page, "id=\"stat-matters\">(\\d+)<")).isGreaterThanOrEqualTo(6);
		assertThat(page).containsPattern("id=\"stat-money\">[1-9][0-9.]*<");
		assertThat(page).contains("本届尚未巡察的村(社区)", "/console/rounds/" + this.round);
	}

	@Test
	void aTownshipSeesOnlyItsTownshipOnTheDashboardAndNoClueCounts() throws Exception {
		String page = page("/console", "township-t02");
		assertThat(page).contains("id=\"scope\">河西乡").doesNotContain("township=T01").doesNotContain("township=T03");
		assertThat(page).contains("/console/ledger?overdue=true&amp;township=T02");
		assertThat(page).contains("id=\"stat-clues\">—<");
	}

	@Test
	void theLedgerFiltersByTownshipOverdueStateColourAndWords() throws Exception {
		assertThat(rows(ledger("inspection-office", ""))).hasSize(14);
		String t01Overdue = ledger("inspection-office", "&township=T01&overdue=true");
		assertThat(rows(t01Overdue)).hasSize(3).allSatisfy((row) -> {
			assertThat(row[1]).isEqualTo("T01");
			assertThat(row[2]).isEqualTo("RED");
		});
		assertThat(t01Overdue).contains("table-danger", "逾期 35 天", "挂牌督办");
		assertThat(rows(ledger("inspection-office", "&township=township-t02&overdue=true"))).hasSize(2);
		// 3 signed off in open rectifications, and the items of the inspections at 测评 and
		// 销号
		assertThat(rows(ledger("inspection-office", "&state=SIGNED_OFF"))).hasSize(5);
		assertThat(rows(ledger("inspection-office", "&state=TO_PLAN&state=SIGNED_OFF"))).hasSize(6);
		assertThat(rows(ledger("inspection-office", "&colour=YELLOW"))).hasSize(1);
		assertThat(rows(ledger("inspection-office", "&department=dept-water"))).hasSize(1);
		assertThat(rows(ledger("inspection-office", "&category=SERVICE"))).hasSize(3);
		assertThat(rows(ledger("inspection-office", "&q=鱼塘"))).hasSize(1);
		assertThat(rows(ledger("inspection-office", "&flagged=true"))).hasSize(6);
		String export = ledger("inspection-office", "&township=T01&overdue=true");
		assertThat(export)
			.contains("/api/ledger/export.xlsx?roundId=" + this.round + "&amp;township=T01&amp;overdue=true");
	}

	@Test
	void theLedgerSortsAndPagesAndAnswersHtmxWithTheResultsOnly() throws Exception {
		List<String[]> byDeadline = rows(ledger("inspection-office", "&sort=deadline,desc&size=50"));
		List<String> deadlines = byDeadline.stream().map((row) -> row[0]).toList();
		List<RectificationItem> expected = this.ledger
			.search(new LedgerFilter(this.round, null, null, null, null, null, null, null, null, null, null, null,
					null), PageRequest.of(0, 50, Sort.by(Sort.Order.desc("deadline"), Sort.Order.asc("id"))), office())
			.getContent();
		assertThat(deadlines)
			.containsExactlyElementsOf(expected.stream().map((item) -> item.getId().toString()).toList());

		assertThat(ledger("inspection-office", "")).contains(">整改期限</span>", ">乡镇(街道)</span>", ">编号</span>");

		String first = ledger("inspection-office", "&size=10&sort=id,asc");
		assertThat(rows(first)).hasSize(10);
		assertThat(first).contains("第 1 / 2 页");
		String second = ledger("inspection-office", "&size=10&sort=id,asc&page=1");
		assertThat(rows(second)).hasSize(4);
		assertThat(rows(second).get(0)[0]).isGreaterThan(rows(first).get(9)[0]);

		String fragment = this.mvc
			.perform(get("/console/ledger?roundId=" + this.round + "&size=10&page=1").header("HX-Request", "true")
				.with(as("inspection-office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"results\"", "id=\"ledger-table\"", "hx-push-url=\"true\"")
			.doesNotContain("<html", "ledger-filter");
		assertThat(rows(fragment)).hasSize(4);
	}

	@Test
	void aBadFilterSortOrPageIsAChinesePageNotAnError() throws Exception {
		for (String query : List.of("sort=bogus,asc", "sort=id,sideways", "size=7", "page=-1", "state=NOPE",
				"dueWithinDays=-3", "roundId=abc", "colour=PURPLE")) {
			var response = this.mvc.perform(get("/console/ledger?" + query).with(as("inspection-office")))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(query).isEqualTo(400);
			String page = response.getContentAsString();
			assertThat(page).as(query).contains("请求有误", "返回督查驾驶舱");
		}
	}

	@Test
	void eachPersonSeesOnlyTheirScopeInTheLedger() throws Exception {
		assertThat(rows(ledger("township-t01", ""))).hasSize(6)
			.allSatisfy((row) -> assertThat(row[1]).isEqualTo("T01"));
		assertThat(rows(ledger("township-t03", ""))).hasSize(3)
			.allSatisfy((row) -> assertThat(row[1]).isEqualTo("T03"));
		// a department sees the items it supervises, wherever they are
		List<String[]> agriculture = rows(ledger("dept-agriculture", ""));
		assertThat(agriculture).hasSize(3);
		assertThat(agriculture).extracting((row) -> row[1]).containsOnly("T01", "T02");
		assertThat(rows(ledger("dept-water", ""))).hasSize(1);
		assertThat(rows(ledger("village-t01v02", ""))).hasSize(2);
		assertThat(rows(ledger("village-t02v07", ""))).isEmpty();
		// a township's filter for another township finds nothing
		assertThat(rows(ledger("township-t01", "&township=T02"))).isEmpty();
		for (String supervisor : List.of("leading-group", "discipline-commission", "inspection-office")) {
			assertThat(rows(ledger(supervisor, ""))).as(supervisor).hasSize(14);
		}
	}

	@Test
	void theItemPageShowsFindingPlanDeadlineTimelineAndDiagramWithTheCurrentStep() throws Exception {
		RectificationItem overdue = item("鱼塘");
		String page = page("/console/items/" + overdue.getId(), "inspection-office");
		assertThat(page).contains("村集体鱼塘承包合同未经村民代表会议表决", "整改措施与期限", "王书记", "已逾期 35 天", "挂牌督办")
			.contains("id=\"supervision-actions\"", "办理经过", "建立整改台账", "bpmn-navigated-viewer.production.min.js")
			.contains("/console/items/" + overdue.getId() + "/diagram");

		String diagram = this.mvc
			.perform(get("/console/items/" + overdue.getId() + "/diagram").with(as("inspection-office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(diagram).contains("\"running\":true", "Task_Implement", "bpmn:definitions");

		// the township of the item reads it too
		assertThat(page("/console/items/" + overdue.getId(), "township-t01")).contains("鱼塘");
	}

	@Test
	void aSignedOffItemShowsTheFourVotesAndItsEvidenceForPreview() throws Exception {
		RectificationItem signedOff = item("耕地地力保护补贴");
		assertThat(signedOff.getState()).isEqualTo(ItemState.SIGNED_OFF);
		String page = page("/console/items/" + signedOff.getId(), "inspection-office");
		assertThat(page).contains("巡察办", "纪委监委", "组织部", "业务主管部门").contains("整改现场照片.png");
		assertThat(page.split("class=\"vote\"", -1)).hasSize(5);
		Matcher preview = Pattern.compile("src=\"(/console/items/\\d+/evidence/\\d+)\"").matcher(page);
		assertThat(preview.find()).isTrue();
		this.mvc.perform(get(preview.group(1)).with(as("inspection-office")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
		this.mvc.perform(get(preview.group(1)).with(as("township-t03"))).andExpect(status().isForbidden());

		String diagram = this.mvc
			.perform(get("/console/items/" + signedOff.getId() + "/diagram").with(as("inspection-office")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(diagram).contains("\"running\":false");
	}

	@Test
	void anItemOutsideOnesScopeIsRefusedAndAnUnknownOneIsNotFoundInChinese() throws Exception {
		RectificationItem t01 = item("鱼塘");
		for (String outsider : List.of("township-t02", "dept-water", "village-t01v02")) {
			String refused = this.mvc.perform(get("/console/items/" + t01.getId()).with(as(outsider)))
				.andExpect(status().isForbidden())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(refused).as(outsider)
				.contains("403", "无权查看", "整改事项 " + t01.getId() + " 不在您的查看范围内")
				.doesNotContain("鱼塘")
				.as("a page shows the Chinese half of the message")
				.doesNotContain("outside your scope");
			this.mvc.perform(get("/console/items/" + t01.getId() + "/diagram").with(as(outsider)))
				.andExpect(status().isForbidden());
		}
		for (String unknown : List.of("987654321987", "abc")) {
			String missing = this.mvc.perform(get("/console/items/" + unknown).with(as("inspection-office")))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(missing).contains("404", "未找到").doesNotContain("not found", "Item ");
		}
		assertThat(this.mvc.perform(get("/console/items/987654321987").with(as("inspection-office")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("未找到整改事项 987654321987");
		this.mvc.perform(get("/console/items/" + t01.getId()).accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	void theRoundAndUnitPagesShowEachUnitsStageWithinScope() throws Exception {
		String round = page("/console/rounds/" + this.round, "inspection-office");
		assertThat(round).contains(DemoScenario.ROUND_NAME, "各被巡察对象的进度", "巡察准备", "回头看");
		// eight inspections: 巡察准备, 进驻, four in 整改, 测评, 销号 (waiting for 回头看)
		assertThat(round.split("class=\"inspection\"", -1)).hasSize(9);
		// each inspection's stage fits its items (decision 0030)
		assertThat(round).contains("data-unit=\"T03C02\" data-stage=\"PLANNED\"",
				"data-unit=\"T02V02\" data-stage=\"ONSITE\"", "data-unit=\"T01V01\" data-stage=\"RECTIFICATION\"",
				"data-unit=\"T01V02\" data-stage=\"RECTIFICATION\"",
				"data-unit=\"T02V01\" data-stage=\"RECTIFICATION\"",
				"data-unit=\"T03C01\" data-stage=\"RECTIFICATION\"", "data-unit=\"T02V03\" data-stage=\"EVALUATION\"",
				"data-unit=\"T03V06\" data-stage=\"SIGNED_OFF\"");
		String township = page("/console/rounds/" + this.round, "township-t01");
		assertThat(township.split("class=\"inspection\"", -1)).hasSize(3);
		assertThat(township).contains("data-unit=\"T01V01\"", "data-unit=\"T01V02\"")
			.doesNotContain("data-unit=\"T02V01\"");
		this.mvc.perform(get("/console/rounds/987654321").with(as("inspection-office")))
			.andExpect(status().isNotFound());

		String unit = page("/console/units/T01V01", "township-t01");
		assertThat(unit).contains("青山村", "stage-current", DemoScenario.ROUND_NAME);
		String refused = this.mvc.perform(get("/console/units/T01V01").with(as("township-t02")))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("无权查看");
		this.mvc.perform(get("/console/units/NOPE99").with(as("inspection-office"))).andExpect(status().isNotFound());
	}

	@Test
	void theNavigationAndTheHomePageLeadToTheConsole() throws Exception {
		assertThat(page("/", "inspection-office")).contains("id=\"door-console\"", "督查驾驶舱", "href=\"/console\"");
	}

	@Test
	void seedingTwiceChangesNothing() {
		long before = this.ledger.count(LedgerFilter.none().withRound(this.round), office());
		assertThat(this.scenario.seed().getId()).isEqualTo(this.round);
		assertThat(this.ledger.count(LedgerFilter.none().withRound(this.round), office())).isEqualTo(before)
			.isEqualTo(DemoScenario.LINES.size());
	}

	private RectificationItem item(String words) {
		List<RectificationItem> found = this.ledger
			.search(new LedgerFilter(this.round, null, null, null, null, null, null, null, null, null, null, null,
					words), PageRequest.of(0, 5), office())
			.getContent();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private String ledger(String user, String query) throws Exception {
		return page("/console/ledger?roundId=" + this.round + query, user);
	}

	private String page(String path, String user) throws Exception {
		return this.mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String[]> rows(String page) {
		Matcher matcher = ROW.matcher(page);
		List<String[]> rows = new java.util.ArrayList<>();
		while (matcher.find()) {
			rows.add(new String[] { matcher.group(1), matcher.group(2), matcher.group(3) });
		}
		Matcher total = TOTAL.matcher(page);
		if (total.find() && rows.size() == Integer.parseInt(total.group(1))) {
			return rows;
		}
		return rows;
	}

	private static long number(String page, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(page);
		assertThat(matcher.find()).as(regex).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static RequestPostProcessor as(String group) {
		return user(group).authorities(new SimpleGrantedAuthority(group));
	}

	private static CurrentUser office() {
		return new CurrentUser("inspection-office", Set.of("inspection-office"));
	}

}

package org.rectiflow.round;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rectiflow.support.HeadlessChromium;
import org.rectiflow.support.TestClock;
import org.rectiflow.support.Unique;
import org.rectiflow.support.Xlsx;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's proof: one whole round, from the plan to 回头看, walked through the screens
 * only, as each role, in Debian's headless Chromium. The office imports a new village of
 * a new township in 基础数据 (so that nothing else touches it), puts a round together in 巡察轮次
 * and starts it; every task is then done in the owner's 工作台 (本部门待办 → 认领 → the task page →
 * 提交); the team keeps its 巡察记录; the village works on a 390 × 844 phone and photographs
 * its evidence; the line department signs off in 批量审核; villagers answer the evaluation on
 * their phones; the office moves the demo clock in 时间推进.
 * <p>
 * The test profile has no background job executor, so the test plays it: after each step
 * it runs the round's due jobs (async steps, fired timers), as the demo's executor would
 * within seconds. Nothing else drives the process. The engine clock is put back at the
 * end, pass or fail. Screenshots under {@code target/screenshots/walk-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
// 时间推进 runs every timer that falls due, which moves the demo county's inspections that
// other classes read exactly: the walk runs after them (a second database would give
// /engine-rest, which takes the first engine of the JVM, a different one)
@Order(Integer.MAX_VALUE - 1)
class RoundWalkBrowserTests {

	private static final String OFFICE = "inspection-office";

	private static final String TEAM = "inspection-team-2";

	private static final String DEPARTMENT = "dept-civil-affairs";

	private static final Pattern RECORD = Pattern.compile("/inspections/(\\d+)/record");

	@LocalServerPort
	private int port;

	@Autowired
	private InspectionRepository inspections;

	@Autowired
	private ManagementService management;

	private String processInstanceId;

	private int shot;

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@AfterEach
	void clockBack() {
		TestClock.reset();
	}

	@Test
	void aWholeRoundFromThePlanToTheFollowUpThroughTheScreensOnly(@TempDir Path folder) throws Exception {
		String t = Unique.code("W");
		String villageCode = t + "V01";
		String townshipName = "走查镇" + t.substring(t.length() - 4);
		String villageName = "走查村" + t.substring(t.length() - 4);
		String village = "village-" + villageCode.toLowerCase();
		String township = "township-" + t.toLowerCase();
		String roundName = Unique.code("走查轮次-");
		List<String> problems = List.of("走查：村务公开栏半年未更新" + t, "走查：低保评议未召开村民代表会议" + t);

		try {
			// 1. the office: a new village in 基础数据, a new round in 巡察轮次, started
			String roundUrl;
			try (HeadlessChromium browser = login(OFFICE, false)) {
				WebDriver driver = browser.driver();
				Path units = folder.resolve("units.xlsx");
				Files.write(units,
						Xlsx.of(new String[] { "乡镇编码", "编码", "名称", "类型", "分类", "类别", "上次巡察日期" },
								new String[] { "", t, townshipName, "乡镇", "", "", "" },
								new String[] { t, villageCode, villageName, "村", "一般", "", "" }));
				driver.get(url("/reference/units"));
				browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-import")));
				driver.findElement(By.id("import-file")).sendKeys(units.toString());
				browser.click(driver.findElement(By.id("import-submit")));
				assertThat(browser.await()
					.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-result")))
					.getText()).contains("新增 2 个");

				LocalDate today = engineToday(browser);
				driver.get(url("/rounds"));
				browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("round-form")));
				driver.findElement(By.id("round-name-input")).sendKeys(roundName);
				driver.findElement(By.id("term-start")).sendKeys("2021");
				driver.findElement(By.id("term-end")).sendKeys("2026");
				setValue(driver, driver.findElement(By.id("starts-on")), today.toString());
				setValue(driver, driver.findElement(By.id("ends-on")), today.plusDays(180).toString());
				for (WebElement team : driver.findElements(By.cssSelector(".team-choice"))) {
					if (TEAM.equals(team.getDomAttribute("value"))) {
						browser.click(team);
					}
				}
				browser.click(driver.findElement(By.id("create-round")));
				browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
				assertThat(driver.findElement(By.id("round-name")).getText()).isEqualTo(roundName);
				roundUrl = driver.getCurrentUrl();

				new Select(driver.findElement(By.id("add-township"))).selectByVisibleText(townshipName);
				browser.click(driver.findElement(By.id("add")));
				browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已加入"));
				assertThat(driver.findElements(By.cssSelector("#units .unit-row"))).hasSize(1);
				assertThat(unitRow(driver, villageCode).getText()).contains(villageName, townshipName, "未启动");

				browser.click(driver.findElement(By.id("pick-all")));
				new Select(driver.findElement(By.id("assign-team"))).selectByVisibleText("第二巡察组");
				setValue(driver, driver.findElement(By.id("assign-entry")), today.toString());
				setValue(driver, driver.findElement(By.id("assign-leave")), today.plusDays(14).toString());
				browser.click(driver.findElement(By.id("assign")));
				browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "安排巡察组和日期"));
				assertThat(unitRow(driver, villageCode).getText()).contains("第二巡察组", today.toString());
				screenshot(browser, "office-round-arranged");

				browser.click(driver.findElement(By.id("start-all")));
				browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已启动本轮"));
				WebElement row = unitRow(driver, villageCode);
				assertThat(row.findElement(By.className("stage")).getText()).isEqualTo("巡察准备");
				Matcher record = RECORD
					.matcher(row.findElement(By.className("inspection-link")).getDomAttribute("href"));
				assertThat(record.find()).isTrue();
				this.processInstanceId = this.inspections.findById(Long.valueOf(record.group(1)))
					.orElseThrow()
					.getProcessInstanceId();
				screenshot(browser, "office-round-started");
				runDueJobs();

				// 2. the plan, in the office's workbench
				openTask(browser, villageName, "制定巡察工作方案", null);
				Map<String, String> plan = new LinkedHashMap<>();
				plan.put("unitCategory", "ORDINARY");
				plan.put("inspectionMode", "TOWNSHIP_VILLAGE");
				plan.put("auditMode", "SYNC");
				plan.put("teamGroup", TEAM);
				plan.put("teamLeaderName", "刘组长");
				plan.put("teamLeaderPhone", "13800000000");
				plan.put("onsiteStartDate", today.toString());
				plan.put("planNotes", "一般村，乡村一体巡，巡审同步；重点了解村务公开和低保评议");
				fill(browser, plan);
				screenshot(browser, "office-plan-form");
				submit(browser);
			}

			// 2. the briefings, each by its party
			Map<String, String[]> briefings = new LinkedHashMap<>();
			briefings.put("discipline-commission", new String[] { "纪委监委通报", "discipline" });
			briefings.put("organization-dept", new String[] { "组织部通报", "organization" });
			briefings.put("petition-office", new String[] { "信访部门通报", "petition" });
			briefings.put("audit-bureau", new String[] { "审计部门通报", "audit" });
			briefings.put(township, new String[] { "乡镇(街道)党委通报", "township" });
			for (Map.Entry<String, String[]> briefing : briefings.entrySet()) {
				try (HeadlessChromium browser = login(briefing.getKey(), false)) {
					openTask(browser, villageName, briefing.getValue()[0], null);
					fill(browser, Map.of(briefing.getValue()[1] + "Briefing", "无重大问题线索，转来群众反映一件",
							briefing.getValue()[1] + "BriefingCount", "1"));
					submit(browser);
				}
			}
			assertStage(roundUrl, villageCode, "进驻");

			// 3. the team's record: two findings, a talk and a home visit
			try (HeadlessChromium browser = login(TEAM, false)) {
				WebDriver driver = browser.driver();
				openTask(browser, villageName, "开展进驻巡察", null);
				browser.click(driver.findElement(By.id("record-link")));
				browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("add-finding-form")));
				for (int i = 0; i < problems.size(); i++) {
					driver.findElement(By.id("new-text")).sendKeys(problems.get(i));
					new Select(driver.findElement(By.id("new-category")))
						.selectByVisibleText((i == 0) ? "集体“三资”管理" : "服务群众");
					new Select(driver.findElement(By.id("new-source"))).selectByVisibleText("查阅资料");
					new Select(driver.findElement(By.id("new-severity"))).selectByVisibleText("一般");
					new Select(driver.findElement(By.id("new-department"))).selectByValue(DEPARTMENT);
					browser.click(driver.findElement(By.id("add-finding-submit")));
					browser.await().until(ExpectedConditions.textToBe(By.id("finding-count"), String.valueOf(i + 1)));
				}
				new Select(driver.findElement(By.id("activity-kind"))).selectByVisibleText("个别谈话");
				typeOver(driver.findElement(By.id("activity-quantity")), "3");
				driver.findElement(By.id("activity-note")).sendKeys("与村两委干部谈话");
				browser.click(driver.findElement(By.id("activity-submit")));
				browser.await().until(ExpectedConditions.textToBe(By.id("total-TALK"), "3 人次"));
				new Select(driver.findElement(By.id("activity-kind"))).selectByVisibleText("走访");
				typeOver(driver.findElement(By.id("activity-quantity")), "5");
				browser.click(driver.findElement(By.id("activity-submit")));
				browser.await().until(ExpectedConditions.textToBe(By.id("total-VISIT"), "5 户"));
				assertThat(driver.findElement(By.tagName("main")).getText()).contains(problems.get(0), problems.get(1),
						"民政");
				screenshot(browser, "team-record");
			}

			// 4. the office moves the clock past the minimum time on site
			try (HeadlessChromium browser = login(OFFICE, false)) {
				browser.driver().get(url("/demo/time"));
				// 最短进驻期满 falls due at the end of the 3rd working day: 6 days cover it
				// from any weekday
				assertThat(browser.driver().findElement(By.id("timers")).getText()).contains("最短进驻期满");
				typeOver(browser.driver().findElement(By.id("days")), "6");
				advance(browser, "advance");
			}
			runDueJobs();
			try (HeadlessChromium browser = login(TEAM, false)) {
				LocalDate today = TestClock.today();
				openTask(browser, villageName, "开展进驻巡察", null);
				fill(browser, Map.of("announcementDate", today.minusDays(3).toString(), "onsiteEndDate",
						today.toString(), "onsiteSummary", "进驻 3 个工作日，谈话 3 人次，走访 5 户"));
				submit(browser);
				openTask(browser, villageName, "起草巡察报告和问题清单", null);
				assertThat(browser.driver().findElement(By.id("problem-list")).getText()).contains(problems.get(0),
						problems.get(1));
				fill(browser, Map.of("reportSummary", "发现问题 2 个：村务公开不及时，低保评议程序不规范"));
				screenshot(browser, "team-report");
				submit(browser);
			}
			try (HeadlessChromium browser = login(OFFICE, false)) {
				openTask(browser, villageName, "审核巡察报告", null);
				fill(browser, Map.of("reportDecision", "APPROVE"));
				submit(browser);
			}
			try (HeadlessChromium browser = login("leading-group", false)) {
				openTask(browser, villageName, "听取巡察情况汇报", null);
				fill(browser,
						Map.of("hearingDate", TestClock.today().toString(), "leadingGroupOpinion", "同意巡察报告，抓紧反馈，督促整改"));
				submit(browser);
			}
			try (HeadlessChromium browser = login(TEAM, false)) {
				openTask(browser, villageName, "反馈巡察意见", null);
				fill(browser,
						Map.of("feedbackDate", TestClock.today().toString(), "feedbackNotes", "向村党支部和乡镇党委反馈了 2 个问题"));
				submit(browser);
			}
			assertStage(roundUrl, villageCode, "整改");

			// 7. the village, on its phone: the plan; the office approves it
			try (HeadlessChromium browser = login(village, true)) {
				openTask(browser, villageName, "制定整改方案", null);
				fill(browser, Map.of("planSummary", "逐项明确整改措施、责任人和完成时限，一个月内全部完成", "secretaryName", "王书记",
						"secretaryPhone", "13900000000"));
				screenshot(browser, "village-phone-plan");
				submit(browser);
			}
			try (HeadlessChromium browser = login(OFFICE, false)) {
				openTask(browser, villageName, "审核整改方案", null);
				fill(browser, Map.of("planDecision", "APPROVE"));
				submit(browser);
			}

			// the village: measures for each item, the special meeting, the evidence
			List<Long> items = new ArrayList<>();
			try (HeadlessChromium browser = login(village, true)) {
				WebDriver driver = browser.driver();
				for (String problem : problems) {
					openTask(browser, villageName, "认领并制定整改措施", problem);
					String item = driver.findElement(By.id("item-link")).getDomAttribute("href");
					items.add(Long.valueOf(item.substring(item.lastIndexOf('/') + 1)));
					fill(browser, Map.of("measures", "立即整改，并在村务公开栏公开整改结果", "responsiblePerson", "李主任",
							"responsiblePhone", "13912345678", "deadline", TestClock.today().plusDays(30).toString()));
					submit(browser);
				}
				openTask(browser, villageName, "召开专题组织生活会", null);
				fill(browser, Map.of("meetingDate", TestClock.today().toString(), "meetingAttendance", "9",
						"meetingSummary", "对照问题逐一检查，开展批评与自我批评，表态限期整改"));
				submit(browser);

				Path photo = folder.resolve("公开栏照片.png");
				ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
				for (String problem : problems) {
					openTask(browser, villageName, "落实整改并提交佐证材料", problem);
					driver.findElement(By.id("evidence-file")).sendKeys(photo.toString());
					browser.click(driver.findElement(By.id("evidence-submit")));
					browser.await()
						.until(ExpectedConditions
							.visibilityOfElementLocated(By.cssSelector("#evidence img.evidence-preview")));
					assertThat(driver.findElement(By.id("evidence-count")).getText()).isEqualTo("1");
					fill(browser, Map.of("implementationSummary", "已整改并在村务公开栏公示", "mattersSolved", "1"));
					assertNoSidewaysScroll(driver);
					screenshot(browser, "village-phone-implement");
					submit(browser);
				}
			}

			// the four-party review: three on the task page, the department in 批量审核
			Map<String, String[]> reviews = new LinkedHashMap<>();
			reviews.put(OFFICE, new String[] { "巡察办审核", "officeReviewDecision" });
			reviews.put("discipline-commission", new String[] { "纪委监委审核", "disciplineReviewDecision" });
			reviews.put("organization-dept", new String[] { "组织部审核", "organizationReviewDecision" });
			for (Map.Entry<String, String[]> review : reviews.entrySet()) {
				try (HeadlessChromium browser = login(review.getKey(), false)) {
					for (String problem : problems) {
						openTask(browser, villageName, review.getValue()[0], problem);
						fill(browser, Map.of(review.getValue()[1], "APPROVE"));
						submit(browser);
					}
				}
			}
			try (HeadlessChromium browser = login(DEPARTMENT, false)) {
				WebDriver driver = browser.driver();
				driver.get(url("/workbench/batch"));
				browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-form")));
				int chosen = 0;
				for (WebElement row : driver.findElements(By.cssSelector(".batch-row"))) {
					if (row.getText().contains(t)) {
						assertThat(row.getText()).contains(villageName, "公开栏照片.png");
						browser.click(row.findElement(By.className("batch-check")));
						chosen++;
					}
				}
				assertThat(chosen).isEqualTo(2);
				screenshot(browser, "department-batch");
				browser.click(driver.findElement(By.id("batch-approve")));
				assertThat(browser.await()
					.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-message")))
					.getText()).contains("已审核通过 2 项");
			}
			runDueJobs();

			// the village reports; the office opens the evaluation
			try (HeadlessChromium browser = login(village, true)) {
				openTask(browser, villageName, "报送整改报告", null);
				fill(browser, Map.of("rectificationReport", "巡察反馈的 2 个问题均已整改到位，整改结果已在村务公开栏公示", "itemsCompleted", "2",
						"itemsLongTerm", "0", "mattersSolved", "2"));
				submit(browser);
			}
			List<String> links = new ArrayList<>();
			String evaluationUrl;
			try (HeadlessChromium browser = login(OFFICE, false)) {
				WebDriver driver = browser.driver();
				openTask(browser, villageName, "组织群众满意度测评", null);
				fill(browser, Map.of("evaluationCloseDate", TestClock.today().plusDays(7).toString(),
						"evaluationTargetCount", "20", "evaluationNotice", "请对本村整改情况匿名评价"));
				submit(browser);
				driver.get(url("/console/evaluations"));
				WebElement link = browser.await()
					.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(villageName)));
				browser.click(link);
				browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("state")));
				evaluationUrl = driver.getCurrentUrl();
				String desk = driver.getWindowHandle();
				typeOver(driver.findElement(By.id("count")), "10");
				browser.click(driver.findElement(By.cssSelector("button[name='format'][value='html']")));
				browser.await().until((d) -> d.getWindowHandles().size() == 2);
				for (String handle : driver.getWindowHandles()) {
					if (!handle.equals(desk)) {
						driver.switchTo().window(handle);
					}
				}
				browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".code small")));
				screenshot(browser, "office-qr-sheet");
				for (WebElement code : driver.findElements(By.cssSelector(".code small"))) {
					String text = code.getText();
					links.add(text.substring(text.indexOf("/e/")));
				}
				driver.close();
				driver.switchTo().window(desk);
			}
			assertThat(links).hasSize(10);

			// villagers answer on their phones, anonymously
			try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
				WebDriver driver = browser.driver();
				driver.manage().window().setSize(new Dimension(390, 844));
				for (String link : links) {
					driver.get(url(link));
					browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("questionnaire")));
					for (WebElement dimension : driver.findElements(By.cssSelector("fieldset.dimension"))) {
						List<WebElement> scores = dimension.findElements(By.cssSelector("label.score"));
						browser.click(scores.get(scores.size() - 1));
					}
					browser.click(driver.findElement(By.id("submit")));
					browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
				}
				screenshot(browser, "villager-phone-thanks");
			}

			// the office ends the evaluation and grades the rectification
			try (HeadlessChromium browser = login(OFFICE, false)) {
				WebDriver driver = browser.driver();
				driver.get(evaluationUrl);
				browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("close")));
				assertThat(driver.findElement(By.id("answer-count")).getText()).isEqualTo("10");
				browser.click(driver.findElement(By.id("close")));
				browser.await().until(ExpectedConditions.alertIsPresent()).accept();
				browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("info")));
				assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("已结束");
				screenshot(browser, "office-evaluation-closed");
				runDueJobs();

				openTask(browser, villageName, "整改销号评定", null);
				fill(browser, Map.of("rectificationGrade", "EXCELLENT", "signOffOpinion", "整改到位，群众满意"));
				submit(browser);
				runDueJobs();
				for (long item : items) {
					driver.get(url("/console/items/" + item));
					browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
					assertThat(driver.findElement(By.tagName("main")).getText()).contains("已销号");
				}
				screenshot(browser, "office-item-signed-off");

				// 11. three months later: 回头看
				advance(browser, "advance-92");
				runDueJobs();
				openTask(browser, villageName, "回头看检查", null);
				fill(browser, Map.of("checkDate", TestClock.today().toString(), "reboundDecision", "NO_REBOUND",
						"checkNotes", "问题未反弹，公开栏按月更新"));
				screenshot(browser, "office-follow-up");
				submit(browser);
				runDueJobs();
			}
			assertStage(roundUrl, villageCode, "办结");
		}
		finally {
			TestClock.reset();
		}
	}

	/**
	 * The job executor's work, which the test profile leaves to the tests: the round's
	 * due jobs (its items and follow-up are its sub-processes).
	 */
	private void runDueJobs() {
		for (int round = 0; round < 100; round++) {
			List<Job> due = this.management.createJobQuery()
				.rootProcessInstanceId(this.processInstanceId)
				.executable()
				.list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach((job) -> this.management.executeJob(job.getId()));
		}
		throw new AssertionError("the round's jobs keep coming");
	}

	/**
	 * 本部门待办, searched by the village's name: the task's card (with the problem, when
	 * given), claimed if it asks to be, then its page.
	 */
	private void openTask(HeadlessChromium browser, String unitName, String taskName, String problem) {
		runDueJobs();
		WebDriver driver = browser.driver();
		WebElement card = null;
		StringBuilder seen = new StringBuilder();
		// 本部门待办 first; a task claimed earlier (to read its record) is in 我的待办
		for (String list : List.of("group", "mine")) {
			driver.get(url("/workbench?list=" + list));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("wb-filter")));
			driver.findElement(By.id("wb-q")).sendKeys((problem != null) ? problem : unitName);
			browser.click(driver.findElement(By.id("wb-search")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("wb-total")));
			card = driver.findElements(By.cssSelector("#wb-cards .wb-card"))
				.stream()
				.filter((c) -> c.findElement(By.className("wb-task")).getText().equals(taskName))
				.filter((c) -> c.getText().contains(unitName))
				.findFirst()
				.orElse(null);
			if (card != null) {
				break;
			}
			seen.append(driver.findElement(By.id("wb-cards")).getText()).append('\n');
		}
		assertThat(card).as("a card 「" + taskName + "」 for " + unitName + "; seen: " + seen).isNotNull();
		String taskId = card.getDomAttribute("data-task-id");
		List<WebElement> claim = card.findElements(By.className("wb-claim"));
		if (!claim.isEmpty()) {
			browser.click(claim.get(0));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("wb-message"), "已认领"));
		}
		driver.get(url("/workbench/tasks/" + taskId));
		browser.await().until(ExpectedConditions.textToBe(By.id("task-name"), taskName));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(unitName);
	}

	/**
	 * Types into the task page's form, one field at a time: each change re-renders the
	 * fields (htmx), so the next field is looked up after the swap.
	 */
	private void fill(HeadlessChromium browser, Map<String, String> values) {
		WebDriver driver = browser.driver();
		for (Map.Entry<String, String> value : values.entrySet()) {
			WebElement fields = driver.findElement(By.id("task-form-fields"));
			List<WebElement> inputs = fields.findElements(By.cssSelector("[name='" + value.getKey() + "']"));
			assertThat(inputs).as("field " + value.getKey()).isNotEmpty();
			WebElement input = inputs.get(inputs.size() - 1);
			String type = (input.getTagName().equals("input")) ? input.getDomAttribute("type") : input.getTagName();
			if ("radio".equals(type) || "select".equals(type)) {
				WebElement choice = ("radio".equals(type))
						? fields.findElement(By
							.cssSelector("input[name='" + value.getKey() + "'][value='" + value.getValue() + "']"))
						: input.findElement(By.cssSelector("option[value='" + value.getValue() + "']"));
				if (choice.isSelected()) {
					continue; // already chosen (prefilled): no change, no swap
				}
			}
			switch (type) {
				case "radio" -> browser.click(fields.findElement(
						By.cssSelector("input[name='" + value.getKey() + "'][value='" + value.getValue() + "']")));
				case "select" -> new Select(input).selectByValue(value.getValue());
				case "date" -> {
					setValue(driver, input, value.getValue());
					change(driver, input);
				}
				default -> {
					setValue(driver, input, "");
					input.sendKeys(value.getValue());
					change(driver, input);
				}
			}
			browser.await().until(ExpectedConditions.stalenessOf(fields));
			browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("task-form-fields")));
		}
	}

	/** 提交: back in the workbench, with the task done. */
	private void submit(HeadlessChromium browser) {
		WebDriver driver = browser.driver();
		String name = driver.findElement(By.id("task-name")).getText();
		browser.click(driver.findElement(By.id("complete-task")));
		browser.await()
			.until((d) -> !d.getCurrentUrl().contains("/workbench/tasks/")
					|| !d.findElements(By.id("form-error")).isEmpty());
		if (driver.getCurrentUrl().contains("/workbench/tasks/")) {
			screenshot(browser, "refused");
			throw new AssertionError("「" + name + "」 refused: " + driver.findElement(By.id("form-error")).getText());
		}
		assertThat(
				browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("wb-completed"))).getText())
			.isEqualTo("已完成「" + name + "」");
		runDueJobs();
	}

	/** 时间推进 by one of its buttons; the page shows the jobs it ran. */
	private void advance(HeadlessChromium browser, String button) {
		WebDriver driver = browser.driver();
		if (!driver.getCurrentUrl().endsWith("/demo/time")) {
			driver.get(url("/demo/time"));
		}
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id(button)));
		browser.click(driver.findElement(By.id(button)));
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("time-done")));
		assertThat(driver.findElement(By.id("time-done")).getText()).startsWith("已推进");
		screenshot(browser, "office-time-" + button);
	}

	private LocalDate engineToday(HeadlessChromium browser) {
		browser.driver().get(url("/demo/time"));
		String now = browser.await()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("engine-time")))
			.getText();
		return LocalDate.parse(now.substring(0, 10));
	}

	private void assertStage(String roundUrl, String unitCode, String stage) {
		try (HeadlessChromium browser = login(OFFICE, false)) {
			WebDriver driver = browser.driver();
			driver.get(roundUrl);
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("units")));
			assertThat(unitRow(driver, unitCode).findElement(By.className("stage")).getText()).isEqualTo(stage);
			screenshot(browser, "round-" + stage);
		}
	}

	private HeadlessChromium login(String user, boolean phone) {
		HeadlessChromium browser = HeadlessChromium.start("zh-CN");
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1440, 900));
		browser.login(url(""), user);
		return browser;
	}

	private void screenshot(HeadlessChromium browser, String name) {
		browser.screenshot(String.format("walk-%02d-%s", ++this.shot, name));
	}

	private static WebElement unitRow(WebDriver driver, String code) {
		return driver.findElement(By.cssSelector("#units tr[data-unit='" + code + "']"));
	}

	private static void typeOver(WebElement input, String text) {
		input.clear();
		input.sendKeys(text);
	}

	private static void setValue(WebDriver driver, WebElement input, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
	}

	private static void change(WebDriver driver, WebElement input) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", input);
	}

	private static void assertNoSidewaysScroll(WebDriver driver) {
		Object width = ((JavascriptExecutor) driver)
			.executeScript("return document.querySelector('main').scrollWidth;");
		assertThat(((Number) width).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

package org.rectiflow.round;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.Units;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round screens in Debian's headless Chromium (decision 0027): the inspection office
 * creates a round, adds the units of 城关街道, staffs one unit's team from the cadre pool (a
 * cadre from the unit itself is refused, 回避), sets the team and dates of every unit,
 * starts the round's inspections and sees each unit's stage; then the leading group reads
 * the round on a 390 × 844 phone. Screenshots under
 * {@code target/screenshots/rounds-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class RoundScreensBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Cadres cadres;

	@Autowired
	private Units units;

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void theOfficeRunsARoundFromCreationToStartedInspections() {
		InspectedUnit community = this.units.byCode("T03C01").orElseThrow();
		String recused = Unique.code("赵本社区");
		String leader = Unique.code("钱组长");
		String reinforcement = Unique.code("孙增派");
		this.cadres.create(new CadreForm(reinforcement, null, "dept-finance", "科员", null, null), RoundFixtures.OFFICE);
		this.cadres.create(new CadreForm(recused, community.getCode(), null, "社区干部", null, null), RoundFixtures.OFFICE);
		this.cadres.create(new CadreForm(leader, null, "dept-agriculture", "副局长", null, null), RoundFixtures.OFFICE);
		String name = Unique.code("浏览器轮次-");
		LocalDate today = TestClock.today();
		String roundUrl;

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(1440, 900));
			login(browser, "inspection-office");

			// create the round
			driver.get(url("/rounds"));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("round-form")));
			assertThat(driver.findElement(By.id("nav-rounds")).getText()).isEqualTo("巡察轮次");
			driver.findElement(By.id("round-name-input")).sendKeys(name);
			driver.findElement(By.id("term-start")).sendKeys("2021");
			driver.findElement(By.id("term-end")).sendKeys("2026");
			setValue(driver, "starts-on", today.toString());
			setValue(driver, "ends-on", today.plusDays(90).toString());
			for (WebElement team : driver.findElements(By.cssSelector(".team-choice"))) {
				if (List.of("inspection-team-1", "inspection-team-2").contains(team.getDomAttribute("value"))) {
					browser.click(team);
				}
			}
			browser.click(driver.findElement(By.id("create-round")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
			assertThat(driver.findElement(By.id("round-name")).getText()).isEqualTo(name);
			assertThat(driver.findElement(By.id("round-facts")).getText()).contains("2021—2026 届");
			assertThat(driver.findElement(By.id("round-teams")).getText()).isEqualTo("第一巡察组、第二巡察组");
			roundUrl = driver.getCurrentUrl();

			// add the units of 城关街道
			new Select(driver.findElement(By.id("add-township"))).selectByVisibleText("城关街道");
			browser.click(driver.findElement(By.id("add")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已加入"));
			List<WebElement> rows = driver.findElements(By.cssSelector("#units .unit-row"));
			assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
			WebElement row = unitRow(driver, community.getCode());
			assertThat(row.getText()).contains(community.getName(), "城关街道", "未启动", "未指定巡察组");
			assertThat(row.findElement(By.className("mode")).getText())
				.isEqualTo(community.getPriority().name().equals("KEY") ? "直接巡" : "乡村一体巡");
			assertThat(driver.findElement(By.id("units")).getText()).doesNotContain("TOWNSHIP_AND_VILLAGE", "ORDINARY");
			browser.screenshot("rounds-01-desktop-units-added");

			// one unit of another township, found by typing part of its name
			InspectedUnit other = this.units.byCode("T02V01").orElseThrow();
			driver.findElement(By.id("unit-search")).sendKeys(other.getName());
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-choices"), "找到 "));
			// htmx may swap the list once more while typing settles: tick the box in the
			// list that stays
			browser.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until((d) -> {
				WebElement box = d.findElement(By.cssSelector("#unit-choices input[value='" + other.getCode() + "']"));
				if (!box.isSelected()) {
					((JavascriptExecutor) d)
						.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", box);
				}
				return d.findElement(By.cssSelector("#unit-choices input[value='" + other.getCode() + "']"))
					.isSelected();
			});
			browser.click(driver.findElement(By.id("add")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已加入 1 个"));
			assertThat(unitRow(driver, other.getCode()).getText()).contains(other.getName());

			// staff the community's team: the cadre from the community is refused
			browser.click(unitRow(driver, community.getCode()).findElement(By.className("unit-name")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("cadres")));
			WebElement recusedRow = driver.findElement(By.cssSelector("#cadres tr[data-cadre='" + recused + "']"));
			assertThat(recusedRow.findElement(By.className("recusal")).getText())
				.isEqualTo("回避：该干部来自被巡察单位 " + community.getName());
			browser.click(recusedRow.findElement(By.className("add-member")));
			WebElement refusal = browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
			assertThat(refusal.getText()).isEqualTo("「" + recused + "」回避：该干部来自被巡察单位 " + community.getName());
			browser.screenshot("rounds-02-desktop-recusal-refused");
			WebElement leaderRow = driver.findElement(By.cssSelector("#cadres tr[data-cadre='" + leader + "']"));
			new Select(leaderRow.findElement(By.name("role"))).selectByVisibleText("组长");
			browser.click(leaderRow.findElement(By.className("add-member")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已加入本组"));
			assertThat(driver.findElement(By.id("members")).getText()).contains(leader, "组长").doesNotContain(recused);
			assertNoSidewaysScroll(driver, 1440);

			// one team and the dates for every unit, refused first without dates
			driver.get(roundUrl);
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("assign-form")));
			browser.click(driver.findElement(By.id("pick-all")));
			new Select(driver.findElement(By.id("assign-team"))).selectByVisibleText("第二巡察组");
			browser.click(driver.findElement(By.id("assign")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-error"), "请填写进驻日期"));
			browser.click(driver.findElement(By.id("pick-all")));
			new Select(driver.findElement(By.id("assign-team"))).selectByVisibleText("第二巡察组");
			setValue(driver, "assign-entry", today.plusDays(10).toString());
			setValue(driver, "assign-leave", today.plusDays(5).toString());
			browser.click(driver.findElement(By.id("assign")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-error"), "不能早于进驻日期"));
			browser.click(driver.findElement(By.id("pick-all")));
			new Select(driver.findElement(By.id("assign-team"))).selectByVisibleText("第二巡察组");
			setValue(driver, "assign-entry", today.plusDays(10).toString());
			setValue(driver, "assign-leave", today.plusDays(24).toString());
			browser.click(driver.findElement(By.id("assign")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "安排巡察组和日期"));
			assertThat(unitRow(driver, community.getCode()).getText()).contains("第二巡察组", leader + "（组长）",
					today.plusDays(10).toString());

			// start every inspection of the round in one action
			browser.click(driver.findElement(By.id("start-all")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已启动本轮"));
			for (WebElement started : driver.findElements(By.cssSelector("#units .unit-row"))) {
				assertThat(started.getDomAttribute("data-started")).isEqualTo("true");
				assertThat(started.findElement(By.className("stage")).getText()).isIn("巡察准备", "巡前通报");
				assertThat(started.findElement(By.className("inspection-link")).getDomAttribute("href"))
					.matches("/inspections/\\d+/record");
			}
			assertThat(driver.findElements(By.id("start-all"))).isEmpty();
			assertNoSidewaysScroll(driver, 1440);
			browser.screenshot("rounds-03-desktop-started-stages");

			// after the start the team changes on the unit page, with the recusal check
			// and a reason
			browser.click(unitRow(driver, community.getCode()).findElement(By.className("unit-name")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("team-change")));
			assertThat(driver.findElement(By.id("team-history")).getText()).contains(leader, "按巡察计划组建");
			new Select(driver.findElement(By.id("team-add-cadre"))).selectByVisibleText(recused + " · （须回避）");
			driver.findElement(By.id("team-add-reason")).sendKeys("补充力量");
			browser.click(driver.findElement(By.id("team-add")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
			assertThat(driver.findElement(By.id("form-error")).getText())
				.isEqualTo("「" + recused + "」回避：该干部来自被巡察单位 " + community.getName());
			new Select(driver.findElement(By.id("team-add-cadre"))).selectByVisibleText(reinforcement + " · 财政局");
			browser.click(driver.findElement(By.id("team-add")));
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-error"), "巡察启动后调整巡察组，须说明理由"));
			new Select(driver.findElement(By.id("team-add-cadre"))).selectByVisibleText(reinforcement + " · 财政局");
			driver.findElement(By.id("team-add-reason")).sendKeys("集体资金问题较多，增派财务干部");
			browser.click(driver.findElement(By.id("team-add")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "调整已记录"));
			assertThat(driver.findElement(By.id("members")).getText()).contains(leader, reinforcement);
			assertThat(driver.findElement(By.id("team-history")).getText()).contains(reinforcement, "集体资金问题较多，增派财务干部");
			assertNoSidewaysScroll(driver, 1440);
			browser.screenshot("rounds-08-desktop-team-changed");
		}

		// the leading group reads the round on a phone, without the office's forms
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(390, 844));
			login(browser, "leading-group");
			driver.get(roundUrl);
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("units")));
			assertThat(unitRow(driver, community.getCode()).getText()).contains(community.getName(), "第二巡察组");
			assertThat(driver.findElements(By.id("add-units"))).isEmpty();
			assertThat(driver.findElements(By.id("assign"))).isEmpty();
			assertNoSidewaysScroll(driver, 390);
			browser.screenshot("rounds-04-phone-leading-group-reads");
			driver.get(url("/rounds"));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("rounds")));
			assertThat(driver.findElement(By.id("rounds")).getText()).contains(name);
			assertNoSidewaysScroll(driver, 390);
			browser.screenshot("rounds-05-phone-round-list");
		}

		// the office's unit page on a phone
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(390, 844));
			login(browser, "inspection-office");
			driver.get(roundUrl);
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("units")));
			assertNoSidewaysScroll(driver, 390);
			browser.screenshot("rounds-06-phone-office-round");
			driver.findElement(By.id("unit-search")).sendKeys("城关");
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-choices"), "找到 "));
			assertNoSidewaysScroll(driver, 390);
			((JavascriptExecutor) driver)
				.executeScript("document.getElementById('unit-choices').scrollIntoView({block: 'end'});");
			browser.screenshot("rounds-10-phone-unit-search");
			browser.click(unitRow(driver, community.getCode()).findElement(By.className("unit-name")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("members")));
			assertThat(driver.findElement(By.id("stage")).getText()).isIn("巡察准备", "巡前通报");
			assertNoSidewaysScroll(driver, 390);
			browser.screenshot("rounds-07-phone-unit-started");

			// the leader leaves the team, with the reason, on the phone
			new Select(driver.findElement(By.id("team-remove-cadre"))).selectByVisibleText(leader + "（组长）");
			driver.findElement(By.id("team-remove-reason")).sendKeys("工作调动，不能继续参加");
			browser.click(driver.findElement(By.id("team-remove")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已移出巡察组"));
			assertThat(driver.findElement(By.id("members")).getText()).contains(reinforcement).doesNotContain(leader);
			assertThat(driver.findElement(By.id("team-history")).getText()).contains("移出", "工作调动，不能继续参加");
			assertNoSidewaysScroll(driver, 390);
			browser.screenshot("rounds-09-phone-team-history");
		}
	}

	private static WebElement unitRow(WebDriver driver, String code) {
		return driver.findElement(By.cssSelector("#units tr[data-unit='" + code + "']"));
	}

	private static void setValue(WebDriver driver, String id, String value) {
		((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
				value);
	}

	private static void assertNoSidewaysScroll(WebDriver driver, int width) {
		Object scroll = ((JavascriptExecutor) driver)
			.executeScript("return document.querySelector('main').scrollWidth;");
		assertThat(((Number) scroll).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(width);
	}

	private void login(HeadlessChromium browser, String user) {
		browser.login(url(""), user);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

package org.rectiflow.finding;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rectiflow.round.Inspection;
import org.rectiflow.support.HeadlessChromium;
import org.rectiflow.support.Xlsx;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 巡察记录 in Debian's headless Chromium: a team member (desktop) adds a finding, imports a
 * problem list from Excel (a bad file first: its rows are listed and nothing imported),
 * logs talks, raises a 立行立改 and a 快移快查 clue; on a 390×844 phone the member logs a home
 * visit; the inspection office reads it all, on both sizes. Screenshots under
 * {@code target/screenshots/record-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class InspectionRecordBrowserTests {

	private static final String[] HEADER = { "序号", "问题描述", "问题类别", "来源", "严重程度", "监督清单条目", "监管部门", "挽回金额" };

	@LocalServerPort
	private int port;

	@Autowired
	private RecordFlows flows;

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void aTeamMemberKeepsTheRecordAndTheOfficeReadsIt() throws Exception {
		Inspection inspection = this.flows.onsite("inspection-team-1");
		String page = "/inspections/" + inspection.getId() + "/record";
		Path dir = Files.createTempDirectory("record-xlsx");
		Path bad = dir.resolve("bad.xlsx");
		Files.write(bad, Xlsx.of(HEADER, new String[] { "2", "村务监督委员会未履职", "组织建设", "个别谈话", "较重", "", "民政局", "" },
				new String[] { "3", "低保档案不全", "不存在的类别", "查阅资料", "一般", "", "民政局", "" }));
		Path good = dir.resolve("good.xlsx");
		Files.write(good, Xlsx.of(HEADER, new String[] { "2", "村务监督委员会未履职", "组织建设", "个别谈话", "较重", "", "民政局", "" },
				new String[] { "3", "低保档案不全", "服务群众", "查阅资料", "一般", "", "民政局", "" }));

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(1440, 900));
			login(browser, "inspection-team-1");
			driver.get(url(page));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("add-finding-form")));

			// a finding typed in
			driver.findElement(By.id("new-text")).sendKeys("村集体鱼塘承包费三年未收取");
			new Select(driver.findElement(By.id("new-category"))).selectByVisibleText("集体“三资”管理");
			new Select(driver.findElement(By.id("new-source"))).selectByVisibleText("查阅资料");
			new Select(driver.findElement(By.id("new-severity"))).selectByVisibleText("较重");
			new Select(driver.findElement(By.id("new-department"))).selectByVisibleText(departmentLike(driver, "农业"));
			browser.click(driver.findElement(By.id("add-finding-submit")));
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-message"), "已添加问题 1"));

			// an Excel with a bad row: the row is listed, nothing imported
			browser.click(driver.findElement(By.cssSelector("#import-findings summary")));
			driver.findElement(By.id("import-file")).sendKeys(bad.toString());
			browser.click(driver.findElement(By.id("import-submit")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
			assertThat(driver.findElement(By.id("import-errors")).getText()).contains("第 3 行", "问题类别");
			assertThat(driver.findElement(By.id("finding-count")).getText()).isEqualTo("1");
			browser.screenshot("record-01-desktop-bad-excel");
			browser.click(driver.findElement(By.cssSelector("#import-findings summary")));
			driver.findElement(By.id("import-file")).sendKeys(good.toString());
			browser.click(driver.findElement(By.id("import-submit")));
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-message"), "新增 2 个"));
			assertThat(driver.findElement(By.id("finding-count")).getText()).isEqualTo("3");

			// talks in the on-site log
			new Select(driver.findElement(By.id("activity-kind"))).selectByVisibleText("个别谈话");
			driver.findElement(By.id("activity-quantity")).clear();
			driver.findElement(By.id("activity-quantity")).sendKeys("4");
			driver.findElement(By.id("activity-note")).sendKeys("与村两委干部逐一谈话");
			browser.click(driver.findElement(By.id("activity-submit")));
			browser.await().until(ExpectedConditions.textToBe(By.id("total-TALK"), "4 人次"));

			// a fix on the spot and a fast clue
			driver.findElement(By.id("fix-problem")).sendKeys("村务公开栏三个月未更新");
			browser.click(driver.findElement(By.id("fix-submit")));
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-message"), "已发起立行立改"));
			assertThat(driver.findElement(By.id("fix-table")).getText()).contains("村务公开栏三个月未更新");
			driver.findElement(By.id("clue-summary")).sendKeys("村支书涉嫌侵占征地补偿款");
			browser.click(driver.findElement(By.id("clue-fast")));
			browser.click(driver.findElement(By.id("clue-submit")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-message"), "快移快查"));
			assertThat(driver.findElement(By.id("clue-table")).getText()).contains("村支书涉嫌侵占征地补偿款", "快移快查");
			browser.screenshot("record-02-desktop-team");

			// on a phone: a home visit
			driver.manage().window().setSize(new Dimension(390, 844));
			driver.get(url(page + "#onsite-log"));
			new Select(driver.findElement(By.id("activity-kind"))).selectByVisibleText("走访");
			driver.findElement(By.id("activity-quantity")).clear();
			driver.findElement(By.id("activity-quantity")).sendKeys("6");
			browser.click(driver.findElement(By.id("activity-submit")));
			browser.await().until(ExpectedConditions.textToBe(By.id("total-VISIT"), "6 户"));
			assertNoSidewaysScroll(driver);
			browser.screenshot("record-03-phone-team");
		}

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(1440, 900));
			login(browser, "inspection-office");
			driver.get(url(page));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("finding-table")));
			String text = driver.findElement(By.tagName("main")).getText();
			assertThat(text)
				.contains("村集体鱼塘承包费三年未收取", "村务监督委员会未履职", "低保档案不全", "集体“三资”管理", "村务公开栏三个月未更新", "村支书涉嫌侵占征地补偿款", "4 人次",
						"6 户")
				.doesNotContain("dept-", "COLLECTIVE_ASSETS", "inspection-team-1");
			browser.screenshot("record-04-desktop-office");
			driver.manage().window().setSize(new Dimension(390, 844));
			driver.navigate().refresh();
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("finding-table")));
			assertNoSidewaysScroll(driver);
			browser.screenshot("record-05-phone-office");

			// the print view, on a phone and on a desktop
			driver.get(url(page + "/print"));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("print-findings")));
			assertThat(driver.findElement(By.id("print-findings")).getText()).contains("村集体鱼塘承包费三年未收取", "低保档案不全")
				.doesNotContain("dept-", "COLLECTIVE_ASSETS");
			assertThat(driver.findElement(By.id("print-log")).getText()).contains("与村两委干部逐一谈话");
			assertThat(driver.findElement(By.id("print-totals")).getText()).contains("个别谈话 4 人次", "走访 6 户");
			assertNoSidewaysScroll(driver);
			browser.screenshot("record-06-phone-print");
			driver.manage().window().setSize(new Dimension(1440, 900));
			driver.navigate().refresh();
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("print-findings")));
			browser.screenshot("record-07-desktop-print");
		}
	}

	private static String departmentLike(WebDriver driver, String word) {
		return new Select(driver.findElement(By.id("new-department"))).getOptions()
			.stream()
			.map((option) -> option.getText())
			.filter((name) -> name.contains(word))
			.findFirst()
			.orElseThrow();
	}

	private static void assertNoSidewaysScroll(WebDriver driver) {
		Object width = ((JavascriptExecutor) driver)
			.executeScript("return document.querySelector('main').scrollWidth;");
		assertThat(((Number) width).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
	}

	private void login(HeadlessChromium browser, String user) {
		browser.login(url(""), user);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

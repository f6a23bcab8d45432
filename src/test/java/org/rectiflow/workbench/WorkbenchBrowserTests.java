package org.rectiflow.workbench;

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
import org.rectiflow.unit.InspectedUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One round of the workbench in Debian's headless Chromium: the village on a 390×844
 * phone finds its item by the problem, claims it and returns it to the step before with a
 * reason, which it then reads on the reopened step; the township (desktop) urges the
 * village and copies the task to the inspection office, who finds it under 抄送我的; the line
 * department approves two reviewed items at once. Screenshots under
 * {@code target/screenshots/workbench-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class WorkbenchBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private WorkbenchFlows flows;

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void aVillageOnItsPhoneTheTownshipTheOfficeAndTheLineDepartmentWorkTheirInboxes() throws Exception {
		InspectedUnit village = this.flows.village("工作台演示村");
		WorkbenchFlows.Flow flow = this.flows.planned(village, "工作台演示：村集体鱼塘承包合同未经村民代表会议表决，承包费明显偏低");
		InspectedUnit reviewed = this.flows.village("批量演示村");
		this.flows.inReview(reviewed, "批量演示：耕地地力保护补贴发放台账不全");
		this.flows.inReview(reviewed, "批量演示：村级财务票据报销手续不全");

		// the village, on a phone: find the item by its problem, claim it, return it
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(390, 844));
			login(browser, village.getGroupId());
			driver.get(url("/workbench?list=group"));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("wb-filter")));
			driver.findElement(By.id("wb-q")).sendKeys("鱼塘承包合同");
			browser.click(driver.findElement(By.id("wb-search")));
			WebElement card = browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wb-cards .wb-card")));
			assertThat(driver.findElements(By.cssSelector("#wb-cards .wb-card"))).hasSize(1);
			assertThat(card.getText()).contains("落实整改并提交佐证材料", "工作台演示村", "青山镇", "工作台演示：村集体鱼塘承包合同");
			assertNoSidewaysScroll(driver);
			browser.screenshot("workbench-01-phone-village-finds-item");

			browser.click(card.findElement(By.className("wb-claim")));
			WebElement done = browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wb-message .wb-done")));
			assertThat(done.getText()).contains("已认领");
			assertNoSidewaysScroll(driver);
			browser.screenshot("workbench-02-phone-claimed");

			browser.click(driver.findElement(By.cssSelector("#details-return summary")));
			assertThat(driver.findElement(By.id("return-target")).getText()).contains("认领并制定整改措施");
			driver.findElement(By.id("return-reason")).sendKeys("整改措施填到了别的事项上，需重新制定");
			browser.click(driver.findElement(By.id("action-return")));
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wb-message"), "已退回至「认领并制定整改措施」"));
			browser.screenshot("workbench-03-phone-returned");

			String reopened = this.flows.task(flow, "Task_PlanMeasures").getId();
			driver.get(url("/workbench/tasks/" + reopened + "/actions"));
			WebElement comments = browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("wb-comments")));
			assertThat(comments.getText()).contains("整改措施填到了别的事项上，需重新制定");
			assertNoSidewaysScroll(driver);
			browser.screenshot("workbench-04-phone-village-reads-reason");
		}

		// the township, on a desktop: urge the village, copy the task to the office
		String task = this.flows.task(flow, "Task_PlanMeasures").getId();
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(1440, 900));
			login(browser, "township-t01");
			driver.get(url("/workbench/tasks/" + task + "/actions"));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("details-urge")));
			browser.click(driver.findElement(By.cssSelector("#details-urge summary")));
			driver.findElement(By.id("urge-reason")).sendKeys("请本周内重新制定整改措施");
			browser.click(driver.findElement(By.id("action-urge")));
			WebElement done = browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wb-message .wb-done")));
			assertThat(done.getText()).contains("已催办");
			browser.screenshot("workbench-05-township-urged");

			browser.click(driver.findElement(By.cssSelector("#details-cc summary")));
			new Select(driver.findElement(By.id("cc-group"))).selectByValue("inspection-office");
			driver.findElement(By.id("cc-note")).sendKeys("措施曾填错事项，请巡察办关注");
			browser.click(driver.findElement(By.id("action-cc")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("wb-message"), "已抄送给巡察办"));
			// an empty urge is refused in Chinese, in the panel
			browser.click(driver.findElement(By.cssSelector("#details-urge summary")));
			((JavascriptExecutor) driver)
				.executeScript("document.getElementById('urge-reason').removeAttribute('required')");
			browser.click(driver.findElement(By.id("action-urge")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("wb-message"), "请填写催办事由"));
			browser.screenshot("workbench-06-township-refused-empty-urge");
		}

		// the office reads it under 抄送我的
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(1440, 900));
			login(browser, "inspection-office");
			driver.get(url("/workbench?list=cc"));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("wb-copies")));
			assertThat(driver.findElement(By.id("wb-copies")).getText()).contains("工作台演示村", "措施曾填错事项，请巡察办关注");
			browser.screenshot("workbench-07-office-cc");
		}

		// the line department approves the two reviewed items together
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(1440, 900));
			login(browser, "dept-agriculture");
			driver.get(url("/workbench/batch"));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-form")));
			int chosen = 0;
			for (WebElement row : driver.findElements(By.cssSelector(".batch-row"))) {
				if (row.getText().contains("批量演示：")) {
					assertThat(row.getText()).contains("批量演示村", "整改现场照片.png");
					browser.click(row.findElement(By.className("batch-check")));
					chosen++;
				}
			}
			assertThat(chosen).isEqualTo(2);
			browser.screenshot("workbench-08-department-batch");
			browser.click(driver.findElement(By.id("batch-approve")));
			WebElement message = browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-message")));
			assertThat(message.getText()).contains("已审核通过 2 项");
			assertThat(driver.getPageSource()).doesNotContain("批量演示：耕地地力保护补贴发放台账不全");
			browser.screenshot("workbench-09-department-approved");
		}
	}

	private static void assertNoSidewaysScroll(WebDriver driver) {
		// the workbench's own content; the shared header's menu is wb-layout's
		// (collapsing menu)
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

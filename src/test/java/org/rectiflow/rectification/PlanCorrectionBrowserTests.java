package org.rectiflow.rectification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rectiflow.support.EngineSteps;
import org.rectiflow.support.HeadlessChromium;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The village corrects its item's responsible person on the item page, on a desktop
 * (1440×900) and on a phone (390×844), and sees the correction in the timeline and the
 * link to the 整改销号审批表. Screenshots go to
 * {@code target/screenshots/plan-correction-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class PlanCorrectionBrowserTests {

	private static final String VILLAGE = "village-t02v06";

	@LocalServerPort
	private int port;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private IdentityService identity;

	@Autowired
	private ManagementService management;

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void theVillageCorrectsTheResponsiblePersonOnDesktopAndPhone() {
		long itemId = planned();
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(1440, 900));
			driver.get(url("/login"));
			driver.findElement(By.id("username")).sendKeys(VILLAGE);
			driver.findElement(By.id("password")).sendKeys("demo");
			driver.findElement(By.id("login")).click();
			browser.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

			driver.get(url("/console/items/" + itemId));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-correction")));
			browser.click(driver.findElement(By.cssSelector("#plan-correction summary")));
			WebElement person = driver.findElement(By.id("correction-person"));
			person.clear();
			person.sendKeys("王会计");
			driver.findElement(By.id("correction-reason")).sendKeys("原责任人调岗");
			browser.screenshot("plan-correction-1440-form");
			browser.click(driver.findElement(By.id("correction-submit")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("correction-message")));
			assertThat(driver.findElement(By.id("plan")).getText()).contains("王会计");
			assertThat(driver.findElement(By.id("timeline")).getText()).contains("更正整改措施和责任人",
					"李主任（13912345678） → 王会计");
			assertThat(driver.findElement(By.id("sign-off-form")).getAttribute("href"))
				.endsWith("/console/items/" + itemId + "/sign-off-form.pdf");
			browser.screenshot("plan-correction-1440-done");

			((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
			driver.get(url("/console/items/" + itemId));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-correction")));
			browser.click(driver.findElement(By.cssSelector("#plan-correction summary")));
			WebElement form = driver.findElement(By.id("correction-measures"));
			((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", form);
			Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
			browser.screenshot("plan-correction-390-form");
		}
	}

	private long planned() {
		long itemId = LedgerFixtures.nextId();
		Map<String, Object> variables = new HashMap<>();
		variables.put("findingId", String.valueOf(itemId));
		variables.put("inspectionRecordId", String.valueOf(itemId / 7));
		variables.put("unitCode", "T02V06");
		variables.put("villageGroup", VILLAGE);
		variables.put("feedbackDate", LedgerFixtures.today().minusDays(3).toString());
		variables.put("findingText", "村务公开栏长期未更新，群众反映看不到财务收支");
		variables.put("findingCategory", "COLLECTIVE_ASSETS");
		variables.put("supervisingDeptGroup", "dept-agriculture");
		String process = this.runtime.startProcessInstanceByKey("rectification-item", String.valueOf(itemId), variables)
			.getId();
		EngineSteps.runJobs(this.management, process);
		Map<String, Object> plan = new HashMap<>();
		plan.put("measures", "每月更新村务公开栏，财务收支逐笔公开并拍照留存");
		plan.put("responsiblePerson", "李主任");
		plan.put("responsiblePhone", "13912345678");
		plan.put("deadline", LedgerFixtures.today().plusDays(30).toString());
		plan.put("longTerm", false);
		Task task = EngineSteps.task(this.tasks, process, "Task_PlanMeasures");
		this.identity.setAuthentication(VILLAGE, List.of(VILLAGE));
		try {
			this.tasks.complete(task.getId(), plan);
		}
		finally {
			this.identity.clearAuthentication();
		}
		EngineSteps.runJobs(this.management, process);
		return itemId;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

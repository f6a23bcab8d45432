package org.rectiflow.workbench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rectiflow.support.HeadlessChromium;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The village on a 390×844 phone opens its 落实整改 task, photographs the evidence (a file
 * input with the camera), sees the preview, completes the step; the line department then
 * reviews with the photo on its task page (desktop). Screenshots in
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class TaskPageBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void theVillageUploadsAPhotoOnItsPhoneAndCompletesAndTheDepartmentReviewsWithThePhotoInView() throws Exception {
		WorkbenchItems items = new WorkbenchItems(this.runtime, this.tasks, this.management);
		WorkbenchItems.Item item = items.implementing("村集体鱼塘承包合同未经村民代表会议表决（浏览器）");
		String implement = items.task(item, "Task_Implement").getId();
		Path photo = Files.createTempFile("evidence-", ".png");
		Files.write(photo, WorkbenchItems.photo());

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(390, 844));
			login(browser, WorkbenchItems.VILLAGE);
			driver.get(url("/workbench/tasks/" + implement));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("task-name")));
			assertThat(driver.findElement(By.id("task-name")).getText()).contains("落实整改");
			assertThat(driver.findElement(By.tagName("body")).getText()).contains("村集体鱼塘承包合同未经村民代表会议表决（浏览器）", "农业农村局",
					"佐证材料");
			assertNoSidewaysScroll(driver);
			browser.screenshot("wb-task-01-implement-phone");

			driver.findElement(By.id("evidence-file")).sendKeys(photo.toString());
			browser.click(driver.findElement(By.id("evidence-submit")));
			browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evidence img.evidence-preview")));
			assertThat(driver.findElement(By.id("evidence-count")).getText()).isEqualTo("1");
			browser.screenshot("wb-task-02-photo-uploaded-phone");

			driver.findElement(By.id("f-implementationSummary")).sendKeys("已在村务公开栏公示鱼塘重新发包结果，群众无异议");
			driver.findElement(By.id("f-mattersSolved")).sendKeys("1");
			assertNoSidewaysScroll(driver);
			browser.screenshot("wb-task-03-form-filled-phone");
			browser.click(driver.findElement(By.id("complete-task")));
			browser.await().until((d) -> this.tasks.createTaskQuery().taskId(implement).count() == 0);
		}
		items.runJobs(item);
		Task review = items.task(item, "Task_ReviewDepartment");
		assertThat(review).isNotNull();

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(1440, 900));
			login(browser, WorkbenchItems.DEPARTMENT);
			driver.get(url("/workbench/tasks/" + review.getId()));
			browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evidence img.evidence-preview")));
			Object loaded = ((JavascriptExecutor) driver).executeScript(
					"const i = document.querySelector('#evidence img.evidence-preview'); return i.complete && i.naturalWidth > 0;");
			assertThat(loaded).as("the photo itself is shown").isEqualTo(Boolean.TRUE);
			assertThat(driver.findElement(By.tagName("body")).getText()).contains("已在村务公开栏公示鱼塘重新发包结果", "业务主管部门会审意见");
			assertThat(driver.findElements(By.id("evidence-upload"))).isEmpty();
			browser.screenshot("wb-task-04-review-desktop");
			driver.manage().window().setSize(new Dimension(390, 844));
			driver.navigate().refresh();
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("task-name")));
			assertNoSidewaysScroll(driver);
			browser.screenshot("wb-task-05-review-phone");
		}
	}

	private static void assertNoSidewaysScroll(WebDriver driver) {
		// the page's own content; the shared menu is the layout's (wb-layout)
		Object overflow = ((JavascriptExecutor) driver).executeScript(
				"const m = document.querySelector('main'); return Math.max(m.scrollWidth, m.getBoundingClientRect().right) - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).as("sideways scroll in px").isLessThanOrEqualTo(0);
	}

	private void login(HeadlessChromium browser, String user) {
		browser.login(url(""), user);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

package org.rectiflow.processadmin;

import java.time.Duration;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rectiflow.support.HeadlessChromium;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process console in headless Chromium: bpmn-js draws the version's diagram from the
 * console's XML endpoint, the difference page marks the added step on the diagram, and
 * the migration page's progress, polled by htmx, turns to 迁移完成 once the batch's jobs have
 * run. Screenshots under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class ProcessConsoleBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void diagramDifferenceAndMigrationProgressInTheBrowser() {
		String key = ProcessModels.key();
		deploy(key, ProcessModels.v1(key));
		this.runtime.startProcessInstanceByKey(key);
		deploy(key, ProcessModels.v2(key));

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.get(url("/login"));
			driver.findElement(By.id("username")).sendKeys("process-admin");
			driver.findElement(By.id("password")).sendKeys("demo");
			driver.findElement(By.id("login")).click();
			browser.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

			driver.get(url("/console/processes/" + key + "?version=1"));
			browser.await().until(ExpectedConditions.attributeToBe(By.id("diagram"), "data-loaded", "true"));
			assertThat(driver.findElements(By.cssSelector("#diagram [data-element-id='Task_A']"))).isNotEmpty();
			browser.screenshot("processadmin-01-diagram");

			driver.get(url("/console/processes/" + key + "/diff?from=1&to=2"));
			browser.await().until(ExpectedConditions.attributeToBe(By.id("diagram"), "data-loaded", "true"));
			assertThat(driver.findElements(By.cssSelector("#diagram .diff-added[data-element-id='Task_New']")))
				.isNotEmpty();
			assertThat(driver.findElements(By.cssSelector("#diagram .diff-changed[data-element-id='Task_A']")))
				.isNotEmpty();
			browser.screenshot("processadmin-02-diff");

			driver.get(url("/console/processes/" + key + "/migration?from=1&to=2"));
			browser.await().until(ExpectedConditions.elementToBeClickable(By.id("start")));
			browser.screenshot("processadmin-03-preview");
			browser.click(driver.findElement(By.id("start")));
			browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("batch-total")));
			String batchId = driver.getCurrentUrl().replaceAll(".*/migrations/([^/?]+).*", "$1");
			runBatch(batchId);
			browser.await()
				.withTimeout(Duration.ofSeconds(20))
				.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-finished")));
			browser.screenshot("processadmin-04-migrated");
			assertThat(driver.findElement(By.id("batch-completed")).getText()).isEqualTo("1");
		}
	}

	private void runBatch(String batchId) {
		Batch batch = this.management.createBatchQuery().batchId(batchId).singleResult();
		Job seed = this.management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult();
		this.management.executeJob(seed.getId());
		for (Job job : this.management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()) {
			this.management.executeJob(job.getId());
		}
		Job monitor = this.management.createJobQuery()
			.jobDefinitionId(batch.getMonitorJobDefinitionId())
			.singleResult();
		this.management.executeJob(monitor.getId());
	}

	private void deploy(String key, BpmnModelInstance model) {
		this.repository.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

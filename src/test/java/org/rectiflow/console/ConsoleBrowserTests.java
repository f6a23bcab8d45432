package org.rectiflow.console;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rectiflow.support.HeadlessChromium;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console as a supervisor uses it, in Debian's headless Chromium, on the demo
 * scenario: the inspection office logs in, sees non-zero overdue counts on the dashboard,
 * clicks the bar of a township in the chart and lands in the ledger filtered to that
 * township's overdue items, narrows it with a filter (htmx, the address follows), opens
 * an item and sees its process diagram with the current step highlighted. Screenshots go
 * to {@code target/screenshots/console-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class ConsoleBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private DemoScenario scenario;

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void aSupervisorGoesFromTheDashboardsTownshipBarToTheLedgerAndToAnItemWithItsDiagram() {
		this.scenario.seed();
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.get(url("/login"));
			driver.findElement(By.id("username")).sendKeys("inspection-office");
			driver.findElement(By.id("password")).sendKeys("demo");
			driver.findElement(By.id("login")).click();
			browser.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

			browser.click(driver.findElement(By.id("nav-console")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("count-overdue")));
			assertThat(Long.parseLong(driver.findElement(By.id("count-overdue")).getText())).isPositive();
			assertThat(Long.parseLong(driver.findElement(By.id("count-red")).getText())).isPositive();
			List<WebElement> townships = driver.findElements(By.cssSelector("#table-township tbody tr[data-key]"));
			assertThat(townships).isNotEmpty();
			browser.screenshot("console-01-dashboard");

			// the bar of 青山镇 (T01) in the township chart
			WebElement canvas = driver.findElement(By.id("chart-township"));
			((JavascriptExecutor) driver)
				.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", canvas);
			@SuppressWarnings("unchecked")
			List<Number> point = (List<Number>) ((JavascriptExecutor) driver)
				.executeScript(
						"const chart = arguments[0].chart; const i = chart.data.labels.indexOf('青山镇');"
								+ " const bar = chart.getDatasetMeta(0).data[i];"
								+ " return [bar.x - chart.width / 2, (bar.y + bar.base) / 2 - chart.height / 2];",
						canvas);
			new Actions(driver).moveToElement(canvas, point.get(0).intValue(), point.get(1).intValue())
				.click()
				.perform();
			browser.await().until(ExpectedConditions.urlContains("/console/ledger"));
			assertThat(driver.getCurrentUrl()).contains("overdue=true", "township=T01");
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("ledger-table")));
			List<WebElement> rows = driver.findElements(By.cssSelector("#ledger-rows tr.ledger-row"));
			assertThat(rows).isNotEmpty()
				.allSatisfy((row) -> assertThat(row.getAttribute("data-township")).isEqualTo("T01"))
				.allSatisfy((row) -> assertThat(row.getAttribute("class")).contains("table-danger"));
			browser.screenshot("console-02-ledger-t01-overdue");

			// htmx: a filter changes the results in place and the address follows
			browser.click(driver.findElement(By.id("f-colour-RED")));
			browser.await().until(ExpectedConditions.urlContains("colour=RED"));
			assertThat(driver.getCurrentUrl()).contains("township=T01");

			WebElement first = driver.findElement(By.cssSelector("#ledger-rows tr.ledger-row a.item-link"));
			// the link reads the ledger number; its address the item's id
			String href = first.getAttribute("href");
			String itemId = href.substring(href.lastIndexOf('/') + 1);
			browser.click(first);
			browser.await().until(ExpectedConditions.urlContains("/console/items/" + itemId));
			new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
				.until((d) -> d.findElements(By.cssSelector("#diagram .djs-element.highlight")).size() > 0);
			assertThat(driver.findElement(By.id("diagram-status")).getText()).startsWith("当前步骤：");
			assertThat(driver.findElement(By.id("supervision-actions"))).isNotNull();
			assertThat(driver.findElement(By.id("finding-text")).getText()).isNotBlank();
			browser.screenshot("console-03-item-with-diagram");

			// the demo's 时间推进 from the menu: three days on, the page says what ran
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
			browser.click(driver.findElement(By.id("nav-demo-time")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("engine-time")));
			String before = driver.findElement(By.id("engine-time")).getText();
			browser.screenshot("console-04-demo-time");
			browser.click(driver.findElement(By.id("advance-3")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("time-done")));
			assertThat(driver.findElement(By.id("time-done")).getText()).startsWith("已推进 3 天");
			assertThat(driver.findElement(By.id("engine-time")).getText()).isNotEqualTo(before);
			assertThat(driver.findElement(By.id("engine-ahead")).getText()).contains("比实际时间");
			browser.screenshot("console-05-demo-time-advanced");
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

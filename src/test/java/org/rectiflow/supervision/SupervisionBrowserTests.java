package org.rectiflow.supervision;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rectiflow.console.DemoScenario;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.support.HeadlessChromium;
import org.rectiflow.unit.InspectedUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervision as people do it, in Debian's headless Chromium: from the dashboard's
 * township bar of the seeded demo scenario to the filtered ledger and an overdue item,
 * whose panel sends a 督办函 that the item's village then finds in 我的通知; and, on a fresh
 * item of its own, the inspection office opens the supervision panel, sends a 督办函 with a
 * reason, and downloads its PDF; the village then logs in, sees the unread count in the
 * header and the letter in 我的通知, and opens it. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class SupervisionBrowserTests {

	private static final String OFFICE = "inspection-office";

	@LocalServerPort
	private int port;

	@Autowired
	private ItemFlows flows;

	@Autowired
	private Letters letters;

	@Autowired
	private DemoScenario scenario;

	@Autowired
	private LedgerQueries ledger;

	private static final CurrentUser READS_ALL = new CurrentUser(OFFICE, java.util.Set.of(OFFICE));

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void theOfficeSendsASupervisionLetterAndTheVillageFindsItInItsConsole() throws Exception {
		InspectedUnit village = this.flows.village("督办演示村");
		ItemFlows.Flow flow = this.flows.planned(village, ItemFlows.today().plusDays(40));
		String number;

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			login(browser, OFFICE);
			driver.get(url("/console/items/" + flow.itemId() + "/supervision"));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-form")));
			assertThat(driver.findElement(By.id("supervision-panel")).getText()).contains("督办演示村", "整改中");
			browser.screenshot("supervision-01-panel-office");

			new Select(driver.findElement(By.id("supervision-action"))).selectByValue("SUPERVISION_LETTER");
			driver.findElement(By.id("supervision-reason")).sendKeys("整改进度明显滞后，群众反映强烈");
			browser.click(driver.findElement(By.id("supervision-submit")));
			WebElement message = browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-message")));
			assertThat(message.getText()).contains("已发出督办函", "示范县巡整督〔");
			List<WebElement> rows = driver.findElements(By.cssSelector("#letters tr.letter"));
			assertThat(rows).hasSize(1);
			number = rows.get(0).findElement(By.className("letter-number")).getText();
			assertThat(message.getText()).contains(number);
			browser.screenshot("supervision-02-letter-sent");

			String pdfPath = rows.get(0).findElement(By.className("letter-pdf")).getAttribute("href");
			byte[] pdf = download(driver, pdfPath);
			assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			assertThat(SupervisionActionTests.text(pdf)).contains("督办演示村", number, "督办函");
			java.nio.file.Files.createDirectories(HeadlessChromium.SCREENSHOTS);
			java.nio.file.Files.write(HeadlessChromium.SCREENSHOTS.resolve("supervision-03-letter.pdf"), pdf);
		}
		assertThat(this.letters.about(SubjectType.ITEM, flow.itemId())).extracting(Letter::getNumber)
			.containsExactly(number);

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			login(browser, village.getGroupId());
			driver.get(url("/inbox/done"));
			WebElement badge = browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("unread-count")));
			assertThat(badge.getText()).isEqualTo("1");
			browser.screenshot("supervision-04-village-unread-badge");

			browser.click(driver.findElement(By.id("nav-notifications")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications")));
			WebElement title = driver.findElement(By.cssSelector("#notifications .notification-title"));
			assertThat(title.getText()).isEqualTo("督办函 " + number);
			assertThat(driver.findElement(By.cssSelector("#notifications .notification-body")).getText())
				.contains("督办演示村", "整改进度明显滞后");
			assertThat(driver.findElements(By.cssSelector("#notifications .notification-unread"))).hasSize(1);
			browser.screenshot("supervision-05-village-notifications");

			browser.click(driver.findElement(By.cssSelector("#notifications .mark-read")));
			browser.await()
				.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#notifications .notification-unread"),
						0));
			driver.navigate().refresh();
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications")));
			assertThat(driver.findElements(By.id("unread-count"))).isEmpty();
			browser.screenshot("supervision-06-village-read");

			// the notification opens the item with its letter marked (not a PDF download)
			driver.get(driver.findElement(By.cssSelector("#notifications .notification-title")).getAttribute("href"));
			browser.await()
				.until(ExpectedConditions
					.visibilityOfElementLocated(By.cssSelector("#supervision-actions .letter-opened")));
			assertThat(driver.findElement(By.cssSelector("#supervision-actions .letter-opened")).getText())
				.contains(number);
			browser.screenshot("supervision-07-village-opens-the-letter");
		}
	}

	@Test
	void aSupervisorGoesFromTheDashboardToAnOverdueItemSendsASupervisionLetterAndTheVillageReadsIt() throws Exception {
		this.scenario.seed();
		String itemId;
		String number;
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			login(browser, OFFICE);
			browser.click(driver.findElement(By.id("nav-console")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("count-overdue")));
			assertThat(Long.parseLong(driver.findElement(By.id("count-overdue")).getText())).isPositive();
			browser.screenshot("supervision-e2e-01-dashboard");

			// the bar of 青山镇 (T01) in the chart of overdue items by township
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
			browser.screenshot("supervision-e2e-02-ledger-t01-overdue");

			WebElement first = driver.findElement(By.cssSelector("#ledger-rows tr.ledger-row a.item-link"));
			// the link reads the ledger number; its address the item's id
			String href = first.getAttribute("href");
			itemId = href.substring(href.lastIndexOf('/') + 1);
			browser.click(first);
			browser.await().until(ExpectedConditions.urlContains("/console/items/" + itemId));
			browser.await()
				.until(ExpectedConditions
					.visibilityOfElementLocated(By.cssSelector("#supervision-actions #supervision-form")));
			WebElement form = driver.findElement(By.id("supervision-form"));
			((JavascriptExecutor) driver)
				.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", form);
			new Select(driver.findElement(By.id("supervision-action"))).selectByValue("SUPERVISION_LETTER");
			driver.findElement(By.id("supervision-reason")).sendKeys("逾期未整改，请乡镇党委督促落实");
			browser.click(driver.findElement(By.id("supervision-submit")));
			WebElement message = browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-message")));
			assertThat(message.getText()).contains("已发出督办函");
			number = driver.findElement(By.cssSelector("#letters tr.letter .letter-number")).getText();
			assertThat(message.getText()).contains(number);
			browser.screenshot("supervision-e2e-03-item-letter-sent");

			byte[] pdf = download(driver,
					driver.findElement(By.cssSelector("#letters tr.letter .letter-pdf")).getAttribute("href"));
			assertThat(SupervisionActionTests.text(pdf)).contains(number, "督办函", "逾期未整改，请乡镇党委督促落实");
			java.nio.file.Files.createDirectories(HeadlessChromium.SCREENSHOTS);
			java.nio.file.Files.write(HeadlessChromium.SCREENSHOTS.resolve("supervision-e2e-04-letter.pdf"), pdf);
		}

		String village = this.ledger.get(Long.valueOf(itemId), SupervisionBrowserTests.READS_ALL).getUnitGroup();
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			login(browser, village);
			driver.get(url("/console/notifications"));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications")));
			WebElement badge = browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("unread-count")));
			assertThat(Integer.parseInt(badge.getText())).isPositive();
			assertThat(driver.findElements(By.cssSelector("#notifications .notification-title")))
				.extracting(WebElement::getText)
				.contains("督办函 " + number);
			browser.screenshot("supervision-e2e-05-village-notifications");
		}
	}

	private void login(HeadlessChromium browser, String user) {
		browser.login(url(""), user);
	}

	/** Fetches a link with the browser's session, as a click on 打印 PDF would. */
	private static byte[] download(WebDriver driver, String link) throws Exception {
		Cookie session = driver.manage().getCookieNamed("JSESSIONID");
		HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(link))
			.header("Cookie", "JSESSIONID=" + session.getValue())
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as("GET " + link).isEqualTo(200);
		return response.body();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

package org.rectiflow.portal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rectiflow.common.LabelSource;
import org.rectiflow.console.DemoScenario;
import org.rectiflow.support.HeadlessChromium;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every console page on a 390×844 phone (Chromium's device emulation), on the demo
 * scenario, as a role that may open it: nothing wider than the screen
 * ({@code document.scrollingElement.scrollWidth <= innerWidth}), the menu folded behind
 * 菜单 and opening on a tap, and no code where a person reads a name — no group id
 * (dept-agriculture, township-t01, inspection-team-1 …) and no coded value any module
 * labels (RED, NONE, COLLECTIVE_ASSETS, GOOD …) in the page's visible text. The error
 * pages are Chinese, never Spring's Whitelabel page. Screenshots go to
 * {@code target/screenshots/phone-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class PhoneLayoutBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private DemoScenario scenario;

	@Autowired
	private IdentityService identity;

	@Autowired
	private List<LabelSource> labelSources;

	private final List<String> problems = new ArrayList<>();

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void everyConsolePageFitsAPhoneAndNamesWhatItShows() {
		this.scenario.seed();
		Pattern codes = knownCodes();
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));

			logIn(browser, "inspection-office");
			check(browser, codes, "office-home", "/");
			assertThat(driver.findElement(By.id("main-menu")).isDisplayed()).as("the menu is folded on a phone")
				.isFalse();
			browser.click(driver.findElement(By.id("menu-toggle")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-workbench")));
			assertThat(driver.findElement(By.id("nav-evaluations")).isDisplayed()).isTrue();
			browser.screenshot("phone-office-menu-open");
			assertThat(driver.findElements(By.id("door-admin"))).as("only camunda-admin sees Camunda Admin").isEmpty();

			check(browser, codes, "office-dashboard", "/console");
			check(browser, codes, "office-ledger", "/console/ledger");
			String item = href(driver, "#ledger-rows a.item-link");
			String unit = href(driver, "#ledger-rows a[href*='/console/units/']");
			check(browser, codes, "office-item", item);
			check(browser, codes, "office-unit", unit);
			check(browser, codes, "office-demo-time", "/demo/time");
			check(browser, codes, "office-dashboard-again", "/console");
			String round = href(driver, "a[href*='/console/rounds/']");
			check(browser, codes, "office-round", round);
			check(browser, codes, "office-notifications", "/console/notifications");
			check(browser, codes, "office-done", "/inbox/done");
			check(browser, codes, "office-workbench", "/workbench?list=group");
			check(browser, codes, "office-workbench-overdue", "/workbench?list=overdue");
			check(browser, codes, "office-evaluations", "/console/evaluations");
			List<String> evaluations = hrefs(driver, "#evaluations a[href*='/console/evaluations/']");
			if (!evaluations.isEmpty()) {
				check(browser, codes, "office-evaluation", evaluations.get(0));
			}
			check(browser, codes, "office-rounds", "/rounds");
			List<String> planned = hrefs(driver, "#rounds a[href*='/rounds/']");
			if (!planned.isEmpty()) {
				check(browser, codes, "office-round-plan", planned.get(0));
			}
			check(browser, codes, "office-processes", "/console/processes");
			check(browser, codes, "office-process", "/console/processes/rectification-item");
			check(browser, codes, "office-404", "/console/items/987654321");
			check(browser, codes, "office-404-path", "/no-such-page");

			// the same menu on a desktop: all entries in one line, no 菜单 button
			((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 1440, "height", 900, "deviceScaleFactor", 1, "mobile", false));
			check(browser, codes, "desktop-office-ledger", "/console/ledger");
			assertThat(driver.findElement(By.id("main-menu")).isDisplayed()).isTrue();
			assertThat(driver.findElement(By.id("menu-toggle")).isDisplayed()).isFalse();
			check(browser, codes, "desktop-office-round", round);
			((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
			logOut(browser);

			logIn(browser, "process-admin");
			check(browser, codes, "process-admin-processes", "/console/processes");
			List<String> diffs = hrefs(driver, "a[href*='/diff']");
			if (!diffs.isEmpty()) {
				check(browser, codes, "process-admin-diff", diffs.get(0));
			}
			check(browser, codes, "process-admin-migration", "/console/processes/rectification-item/migration");
			logOut(browser);

			logIn(browser, "village-t01v01");
			check(browser, codes, "village-home", "/");
			assertThat(driver.findElements(By.id("door-processes"))).as("a village has no process versions").isEmpty();
			assertThat(driver.findElements(By.id("door-evaluations"))).isEmpty();
			check(browser, codes, "village-dashboard", "/console");
			check(browser, codes, "village-ledger", "/console/ledger");
			check(browser, codes, "village-done", "/inbox/done");
			check(browser, codes, "village-workbench", "/workbench?list=group");
			if (!driver.findElements(By.cssSelector("#workbench a.wb-task")).isEmpty()) {
				check(browser, codes, "village-task", href(driver, "#workbench a.wb-task"));
			}
			check(browser, codes, "village-notifications", "/console/notifications");
			check(browser, codes, "village-403", "/console/processes");

			// Tasklist on the same phone: no Camunda 8 banner (styles/user-styles.css),
			// the
			// custom script of config.js loaded
			driver.get(url("/camunda/app/tasklist/default/"));
			browser.awaitAppLoad()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter h4.name a")));
			browser.await()
				.until((d) -> Boolean.TRUE.equals(script(d, "return performance.getEntriesByType('resource')"
						+ ".some((r) => r.name.includes('/app/tasklist/rectiflow/chinese.js'))")));
			assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")))
				.allSatisfy((banner) -> assertThat(banner.isDisplayed()).isFalse());
			browser.screenshot("phone-village-tasklist");
			logOut(browser);

			logIn(browser, "township-t01");
			check(browser, codes, "township-dashboard", "/console");
			check(browser, codes, "township-ledger", "/console/ledger");
			String townshipItem = href(driver, "#ledger-rows a.item-link");
			check(browser, codes, "township-item", townshipItem);
			logOut(browser);

			logIn(browser, "dept-agriculture");
			check(browser, codes, "department-workbench", "/workbench");
			check(browser, codes, "department-batch", "/workbench/batch");
			logOut(browser);
		}
		assertThat(this.problems).isEmpty();
	}

	private static final Set<String> LISTS_OF_OTHER_TESTS_RECORDS = Set.of("office-done", "village-done",
			"office-workbench", "office-workbench-overdue", "village-workbench", "department-workbench",
			"office-processes", "process-admin-processes", "process-admin-diff");

	private void check(HeadlessChromium browser, Pattern codes, String name, String path) {
		WebDriver driver = browser.driver();
		driver.get(path.startsWith("http") ? path : url(path));
		browser.await()
			.until((d) -> Boolean.TRUE.equals(script(d, "return document.readyState === 'complete'"
					+ " && document.querySelectorAll('.htmx-request').length === 0")));
		browser.screenshot("phone-" + name);
		String text = (String) script(driver, "return document.body.innerText");
		if (text.contains("Whitelabel Error Page")) {
			this.problems.add(name + " (" + path + "): Whitelabel Error Page");
		}
		Number scrollWidth = (Number) script(driver, "return document.scrollingElement.scrollWidth");
		Number innerWidth = (Number) script(driver, "return window.innerWidth");
		if (scrollWidth.intValue() > innerWidth.intValue()) {
			this.problems.add(name + " (" + path + "): " + scrollWidth + " px wide at " + innerWidth + " px, widest: "
					+ script(driver, WIDEST));
		}
		Set<String> found = new LinkedHashSet<>();
		if (LISTS_OF_OTHER_TESTS_RECORDS.contains(name)) {
			// in the whole suite these lists also show what other test classes made (test
			// models and tasks named by their codes); the layout is checked, not the
			// names
			return;
		}
		codes.matcher(text).results().forEach((match) -> found.add(match.group()));
		if (!found.isEmpty()) {
			this.problems.add(name + " (" + path + "): codes " + found);
		}
	}

	/** The elements reaching past the right edge, for the failure message. */
	private static final String WIDEST = """
			const out = [];
			for (const e of document.querySelectorAll('body *')) {
			  const r = e.getBoundingClientRect();
			  if (r.right > window.innerWidth + 1 && out.length < 8) {
			    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(r.right));
			  }
			}
			return out.join(', ');
			""";

	/**
	 * Every group id and every labelled code (an upper-case identifier, e.g. RED,
	 * COLLECTIVE_ASSETS), as a whole word.
	 */
	private Pattern knownCodes() {
		Set<String> codes = new LinkedHashSet<>();
		for (Group group : this.identity.createGroupQuery().list()) {
			if (group.getId().contains("-")) {
				codes.add(group.getId());
			}
		}
		for (LabelSource source : this.labelSources) {
			source.kinds().values().forEach((labels) -> labels.forEach((code, label) -> {
				if (code.matches("[A-Z][A-Z_]{2,}") && !code.equals(label)) {
					codes.add(code);
				}
			}));
		}
		return Pattern.compile(
				"(?<![\\w-])(" + String.join("|", codes.stream().map(Pattern::quote).toList()) + ")(?![\\w-]|\\.md)");
	}

	private void logIn(HeadlessChromium browser, String user) {
		WebDriver driver = browser.driver();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys("demo");
		driver.findElement(By.id("login")).click();
		browser.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void logOut(HeadlessChromium browser) {
		WebDriver driver = browser.driver();
		driver.get(url("/"));
		browser.click(driver.findElement(By.id("menu-toggle")));
		browser.await().until(ExpectedConditions.elementToBeClickable(By.id("logout")));
		browser.click(driver.findElement(By.id("logout")));
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("door-login")));
	}

	private static String href(WebDriver driver, String css) {
		List<String> links = hrefs(driver, css);
		assertThat(links).as(css).isNotEmpty();
		return links.get(0);
	}

	private static List<String> hrefs(WebDriver driver, String css) {
		return driver.findElements(By.cssSelector(css)).stream().map((link) -> link.getAttribute("href")).toList();
	}

	private static Object script(WebDriver driver, String script) {
		return ((JavascriptExecutor) driver).executeScript(script);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

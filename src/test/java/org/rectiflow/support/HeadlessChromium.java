package org.rectiflow.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver: the system browser, never one a
 * test tool downloads (Selenium Manager is not asked, because both paths are given). Each
 * instance is a fresh browser profile, so each is a new login.
 */
public final class HeadlessChromium implements AutoCloseable {

	public static final Path BROWSER = Path.of("/usr/bin/chromium");

	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	/**
	 * The first load of a Camunda webapp: a few MB of JavaScript, parsed on a build
	 * machine that may be busy.
	 */
	private static final Duration APP_LOAD = Duration.ofSeconds(60);

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
		this.service = service;
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Skips the calling tests when the browser is not installed (a developer machine),
	 * but fails them in CI (environment variable {@code CI} set), where .ci/run installs
	 * it.
	 */
	public static void assumeInstalled() {
		if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
			return;
		}
		String message = "Browser tests need Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
				+ "): apt-get install chromium chromium-driver";
		String ci = System.getenv("CI");
		if (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci)) {
			Assertions.fail("In CI the browser must be installed. " + message);
		}
		Assumptions.abort(message);
	}

	/**
	 * A new headless browser whose preferred language is the given one, e.g.
	 * {@code zh-CN} or {@code en-US}.
	 */
	public static HeadlessChromium start(String language) {
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		Path profile;
		try {
			profile = Files.createTempDirectory("rectiflow-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-default-apps", "--window-size=1400,1000", "--lang=" + language,
				"--user-data-dir=" + profile.toAbsolutePath());
		// what the page sees as navigator.languages, whatever the machine's locale
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		try {
			return new HeadlessChromium(service, new ChromeDriver(service, options), profile);
		}
		catch (RuntimeException ex) {
			service.stop();
			deleteQuietly(profile);
			throw ex;
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Waits up to 20 seconds, for an AngularJS page to settle; on a timeout the page is
	 * saved as {@code target/screenshots/timeout-<n>.png/.html}.
	 */
	public WebDriverWait await() {
		return new RecordingWait(PATIENCE);
	}

	/** Waits up to 60 seconds, for a webapp's first load. */
	public WebDriverWait awaitAppLoad() {
		return new RecordingWait(APP_LOAD);
	}

	/**
	 * Logs the demo user in through the login page at the given base URL (e.g.
	 * {@code http://localhost:8123}) with the demo password, and waits until the login
	 * page is left.
	 */
	public void login(String baseUrl, String user) {
		this.driver.get(baseUrl + "/login");
		this.driver.findElement(By.id("username")).sendKeys(user);
		this.driver.findElement(By.id("password")).sendKeys("demo");
		this.driver.findElement(By.id("login")).click();
		await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window, clear of fixed
	 * headers and footers.
	 */
	public void click(WebElement element) {
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		await().until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	/** Saves the page as {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = this.driver.getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The page's HTML, saved next to the screenshots when a step needs a look. */
	public Path savePageSource(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".html");
			Files.writeString(target, this.driver.getPageSource());
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private final class RecordingWait extends WebDriverWait {

		RecordingWait(Duration timeout) {
			super(HeadlessChromium.this.driver, timeout);
		}

		@Override
		protected RuntimeException timeoutException(String message, Throwable lastException) {
			String name = "timeout-" + System.currentTimeMillis();
			try {
				screenshot(name);
				savePageSource(name);
			}
			catch (RuntimeException ex) {
				lastException = (lastException != null) ? lastException : ex;
			}
			return super.timeoutException(message + " (page saved as target/screenshots/" + name + ".png)",
					lastException);
		}

	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			deleteQuietly(this.profile);
		}
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

}

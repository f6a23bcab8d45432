package org.rectiflow.unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rectiflow.support.HeadlessChromium;
import org.rectiflow.support.Unique;
import org.rectiflow.support.Xlsx;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 基础数据 in Debian's headless Chromium: the inspection office imports units (a file with a
 * duplicate code is refused with every bad row shown, then a good one), reclassifies a
 * village with a reason (an empty reason is refused) and reads the history, adds a cadre
 * with a relation that requires recusal, and publishes a new checklist version; then the
 * same pages on a 390×844 phone. Screenshots under
 * {@code target/screenshots/reference-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class ReferenceDataBrowserTests {

	static final String[] HEADER = { "乡镇编码", "编码", "名称", "类型", "分类", "类别", "上次巡察日期" };

	@LocalServerPort
	private int port;

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void theOfficeImportsReclassifiesAddsACadreAndPublishesAChecklistVersion(@TempDir Path folder) throws Exception {
		String t = Unique.code("T");
		String village = t + "V01";
		Path bad = folder.resolve("bad.xlsx");
		Files.write(bad,
				Xlsx.of(HEADER, new String[] { "", t, "浏览器镇", "乡镇", "", "", "" },
						new String[] { t, village, "浏览器村", "村", "一般", "", "" },
						new String[] { t, village, "重复村", "村", "一般", "", "" },
						new String[] { t, t + "C03", "浏览器社区", "小区", "一般", "", "" }));
		Path good = folder.resolve("good.xlsx");
		Files.write(good,
				Xlsx.of(HEADER, new String[] { "", t, "浏览器镇", "乡镇", "", "", "" },
						new String[] { t, village, "浏览器村", "村", "一般", "", "" },
						new String[] { t, t + "C02", "浏览器社区", "社区", "一般", "城市社区", "" }));

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(1440, 900));
			login(browser, "inspection-office");

			// import: every bad row shown, nothing imported; then the good file
			driver.get(url("/reference/units"));
			browser.click(driver.findElement(By.id("nav-reference")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-import")));
			driver.findElement(By.id("import-file")).sendKeys(bad.toAbsolutePath().toString());
			browser.click(driver.findElement(By.id("import-submit")));
			WebElement errors = browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
			assertThat(errors.getText()).contains("未导入任何数据", "第 4 行", "编码与第 3 行重复", "第 5 行", "「小区」无效");
			assertThat(driver.findElements(By.cssSelector(".import-error"))).hasSize(2);
			assertThat(driver.getPageSource()).doesNotContain("浏览器镇</a>");
			browser.screenshot("reference-01-import-refused");
			driver.findElement(By.id("import-file")).sendKeys(good.toAbsolutePath().toString());
			browser.click(driver.findElement(By.id("import-submit")));
			assertThat(browser.await()
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-result")))
				.getText()).contains("新增 3 个");
			assertThat(driver.findElement(By.cssSelector("tr[data-code='" + village + "']")).getText()).contains("浏览器村",
					"村", "一般");
			browser.screenshot("reference-02-imported");

			// reclassify with a reason; an empty reason is refused
			browser.click(driver.findElement(By.cssSelector("tr[data-code='" + village + "'] a")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("reclassify")));
			browser.click(driver.findElement(By.id("priority-KEY")));
			browser.click(driver.findElement(By.id("reclassify-submit")));
			assertThat(
					browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error"))).getText())
				.contains("请填写调整理由");
			assertThat(driver.findElement(By.id("current-priority")).getText()).isEqualTo("一般");
			browser.click(driver.findElement(By.id("priority-KEY")));
			browser.click(driver.findElement(By.id("category-PETITION_HEAVY")));
			driver.findElement(By.id("reason")).sendKeys("信访举报集中，经巡察办研究列为重点村");
			browser.click(driver.findElement(By.id("reclassify-submit")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
			assertThat(driver.findElement(By.id("current-priority")).getText()).isEqualTo("重点");
			assertThat(driver.findElement(By.id("current-categories")).getText()).isEqualTo("信访问题集中");
			WebElement history = driver.findElement(By.cssSelector("#classification-history .history-row"));
			assertThat(history.getText()).contains("一般", "重点（信访问题集中）", "信访举报集中，经巡察办研究列为重点村");
			browser.screenshot("reference-03-reclassified-with-history");

			// a cadre with specialties and a relation that requires recusal
			driver.get(url("/reference/cadres"));
			browser.click(driver.findElement(By.id("cadre-new")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("cadre-form")));
			String name = "浏览器" + t.substring(t.length() - 4);
			driver.findElement(By.id("name")).sendKeys(name);
			new Select(driver.findElement(By.id("departmentGroupId"))).selectByValue("dept-finance");
			driver.findElement(By.id("position")).sendKeys("会计");
			browser.click(driver.findElement(By.id("specialty-FINANCE")));
			browser.click(driver.findElement(By.id("specialty-AUDIT")));
			new Select(driver.findElement(By.id("relation-unit-0"))).selectByValue(village);
			new Select(driver.findElement(By.id("relation-kind-0"))).selectByValue("KIN");
			driver.findElement(By.id("relation-note-0")).sendKeys("其兄任该村会计");
			browser.screenshot("reference-04-cadre-form");
			browser.click(driver.findElement(By.id("cadre-submit")));
			assertThat(browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("saved"))).getText())
				.contains(name);
			WebElement row = driver.findElements(By.cssSelector("#cadres .cadre-row"))
				.stream()
				.filter((element) -> element.getText().contains(name))
				.findFirst()
				.orElseThrow();
			assertThat(row.getText()).contains("财政局", "财务、审计", "可抽调", "浏览器村（亲属关系：其兄任该村会计）");
			browser.screenshot("reference-05-cadre-added");

			// the checklist: a draft, a change, a refused empty item, publish
			driver.get(url("/reference/checklist"));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("checklist-versions")));
			if (!driver.findElements(By.id("draft-new")).isEmpty()) {
				browser.click(driver.findElement(By.id("draft-new")));
			}
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("publish")));
			List<WebElement> areas = driver.findElements(By.cssSelector(".checklist-area"));
			WebElement lastArea = areas.get(areas.size() - 1);
			browser.click(lastArea.findElement(By.cssSelector(".item-delete")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "已删除条目"));
			Select area = new Select(driver.findElement(By.id("item-area")));
			area.selectByIndex(area.getOptions().size() - 1);
			browser.click(driver.findElement(By.id("item-add-submit")));
			assertThat(browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("failed"))).getText())
				.contains("请填写条目内容");
			area = new Select(driver.findElement(By.id("item-area")));
			area.selectByIndex(area.getOptions().size() - 1);
			driver.findElement(By.id("item-text")).sendKeys("整改情况是否在村务公开栏公示并接受群众评议");
			browser.click(driver.findElement(By.id("item-add-submit")));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "已添加条目"));
			assertThat(driver.findElement(By.id("checklist-shown")).getText()).contains("整改情况是否在村务公开栏公示并接受群众评议");
			browser.screenshot("reference-06-draft-edited");
			browser.click(driver.findElement(By.id("publish")));
			assertThat(browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("saved"))).getText())
				.contains("已发布");
			assertThat(driver.findElement(By.id("immutable")).getText()).contains("不能修改");
			assertThat(driver.findElement(By.cssSelector("#checklist-versions tr.table-active")).getText())
				.contains("当前版本");
			assertThat(driver.findElements(By.cssSelector(".item-delete"))).isEmpty();
			browser.screenshot("reference-07-published");
		}

		// the same pages on a phone
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new Dimension(390, 844));
			login(browser, "inspection-office");
			int n = 8;
			for (String page : List.of("/reference/units", "/reference/units/" + village, "/reference/cadres",
					"/reference/cadres/new", "/reference/checklist")) {
				driver.get(url(page));
				browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
				assertNoSidewaysScroll(driver);
				browser.screenshot("reference-%02d-phone-%s".formatted(n++,
						page.replace("/reference/", "").replace("/", "-").replace(village, "unit")));
			}
		}
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

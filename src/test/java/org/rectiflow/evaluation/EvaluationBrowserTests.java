package org.rectiflow.evaluation;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rectiflow.rectification.LedgerItemsFixture;
import org.rectiflow.support.HeadlessChromium;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A villager scans the QR code with a phone (390 × 844 window): reads the unit's items,
 * answers the six questions with a comment, sees the thank-you page; the same code then
 * says it is used. Screenshots under {@code target/screenshots/evaluation-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class EvaluationBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private EvaluationFixtures fixtures;

	@Autowired
	private LedgerItemsFixture ledger;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void aVillagerAnswersOnAPhoneAndTheCodeIsThenUsed() {
		long inspectionId = 7_000_000_000L + System.nanoTime() % 1_000_000_000L;
		this.ledger.plannedItem(inspectionId, "T01V02", "村集体经济合同管理不规范，部分合同未经民主程序", "清理全部合同，补办村民代表会议决议并张榜公示");
		this.ledger.plannedItem(inspectionId, "T01V02", "低保评议过程未公开", "每季度召开评议会并公开评议结果");
		Evaluation evaluation = this.fixtures.open(String.valueOf(inspectionId), 0);
		String token = this.fixtures.tokens(evaluation, 1).get(0);

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			browser.driver().manage().window().setSize(new Dimension(390, 844));
			browser.driver().get("http://localhost:" + this.port + "/e/" + token);
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("questionnaire")));
			assertThat(browser.driver().findElement(By.id("items")).getText()).contains("村集体经济合同管理不规范", "清理全部合同",
					"低保评议过程未公开", "整改中");
			Object width = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth");
			assertThat(((Number) width).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
			browser.screenshot("evaluation-01-phone-page");

			List<String> keys = List.of("responsibility", "measures", "solved", "effect", "openness", "overall");
			for (int i = 0; i < keys.size(); i++) {
				WebElement score = browser.driver()
					.findElement(By
						.cssSelector("#dimension-" + keys.get(i) + " label.score:nth-child(" + (4 + i % 2) + ")"));
				browser.click(score);
			}
			browser.driver().findElement(By.id("comment")).sendKeys("公开栏更新及时，希望继续保持 <b>好</b>");
			browser.screenshot("evaluation-02-phone-answered");
			browser.click(browser.driver().findElement(By.id("submit")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
			assertThat(browser.driver().findElement(By.id("thanks")).getText()).contains("感谢您的参与");
			browser.screenshot("evaluation-03-phone-thanks");

			browser.driver().get("http://localhost:" + this.port + "/e/" + token);
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("message-title")));
			assertThat(browser.driver().findElement(By.id("message-title")).getText()).isEqualTo("此二维码已使用");
			browser.screenshot("evaluation-04-phone-used");
		}
		List<String> scores = this.jdbc.queryForList("select scores from evaluation_answer where evaluation_id = ?",
				String.class, evaluation.getId());
		assertThat(scores).containsExactly("4,5,4,5,4,5");
		assertThat(this.jdbc.queryForObject("select answer_comment from evaluation_answer where evaluation_id = ?",
				String.class, evaluation.getId()))
			.isEqualTo("公开栏更新及时，希望继续保持 <b>好</b>");
	}

}

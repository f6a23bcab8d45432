package org.rectiflow.evaluation;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rectiflow.rectification.LedgerItemsFixture;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Unique;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The villagers' page without login: one answer per token, the shared link's per-device
 * limit and cap, refusals of malformed input with nothing stored, anonymity of what is
 * stored and logged, the rate limit, and the answers' numbers.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class EvaluationPublicPageTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EvaluationFixtures fixtures;

	@Autowired
	private Ballots ballots;

	@Autowired
	private Evaluations evaluations;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private PublicRateLimit rateLimit;

	@Autowired
	private LedgerItemsFixture ledger;

	@Autowired
	private Environment environment;

	/** Each test comes from its own address, so the rate limit counts it alone. */
	private String address;

	@BeforeEach
	void newAddress() {
		this.address = "10.7." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
	}

	@Test
	void aTokenOpensThePageWithTheUnitsItemsAndAnswersOnceThenSaysItIsUsed(CapturedOutput output) throws Exception {
		long inspectionId = Math.abs(Unique.code("").hashCode()) + 9_000_000_000L;
		this.ledger.plannedItem(inspectionId, "T01V01", "村务公开栏长期未更新", "每月 5 日前更新公开栏并拍照存档");
		Evaluation evaluation = this.fixtures.open(String.valueOf(inspectionId), 0);
		String token = this.fixtures.tokens(evaluation, 1).get(0);

		String page = this.mvc.perform(villager(get("/e/" + token)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("群众满意度测评", "村务公开栏长期未更新", "每月 5 日前更新公开栏并拍照存档", "整改中", "整改责任落实", "整改措施", "问题解决", "预期效果",
				"公开透明", "总体评价", "name=\"score_overall\"", "no-referrer", "_csrf");

		this.mvc.perform(answer(post("/e/" + token), 5, 5, 4, 4, 5, 5).param("comment", "整改很及时"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/e/thanks"));
		this.mvc.perform(villager(get("/e/thanks")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("感谢您的参与")));
		assertThat(answers(evaluation)).isEqualTo(1);

		String used = this.mvc.perform(answer(post("/e/" + token), 1, 1, 1, 1, 1, 1))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(used).contains("此二维码已使用");
		this.mvc.perform(villager(get("/e/" + token))).andExpect(status().isConflict());
		assertThat(answers(evaluation)).isEqualTo(1);
		assertThat(output.getAll()).as("the token is never logged").doesNotContain(token);
	}

	@Test
	void anUnknownTokenIsAPageInChineseAndAClosedEvaluationSaysSo() throws Exception {
		String unknown = this.mvc.perform(villager(get("/e/AAAAAAAAAAAAAAAAAAAAAA")))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).contains("未找到该测评");
		this.mvc.perform(villager(get("/e/not-a-token"))).andExpect(status().isNotFound());
		this.mvc.perform(villager(get("/e/s/AAAAAAAAAAAAAAAAAAAAAA"))).andExpect(status().isNotFound());

		Evaluation evaluation = this.fixtures.open();
		String token = this.fixtures.tokens(evaluation, 1).get(0);
		this.jdbc.update("update evaluation set state = 'EXPIRED' where id = ?", evaluation.getId());
		String closed = this.mvc.perform(villager(get("/e/" + token)))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(closed).contains("测评已结束");
		this.mvc.perform(answer(post("/e/" + token), 5, 5, 5, 5, 5, 5)).andExpect(status().isGone());
		assertThat(answers(evaluation)).isZero();
	}

	@Test
	void malformedSubmissionsAreRefusedWith400AndStoreNothing() throws Exception {
		Evaluation evaluation = this.fixtures.open();
		String token = this.fixtures.tokens(evaluation, 1).get(0);
		String path = "/e/" + token;
		List<MockHttpServletRequestBuilder> bad = new ArrayList<>();
		bad.add(answer(post(path), 5, 5, 5, 5, 5));
		bad.add(answer(post(path), 5, 5, 5, 5, 5, 0));
		bad.add(answer(post(path), 5, 5, 5, 5, 5, 6));
		bad.add(answer(post(path), 5, 5, 5, 5, 5, 5).param("score_overall", "4"));
		bad.add(answer(post(path), 5, 5, 5, 5, 5).param("score_overall", "很好"));
		bad.add(answer(post(path), 5, 5, 5, 5, 5, 5).param("comment", "长".repeat(501)));
		bad.add(villager(post(path)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"score_overall\": 5}")
			.with(csrf().asHeader()));
		bad.add(villager(post(path)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("score_overall=5&comment=" + "x".repeat(20_000))
			.with(csrf()));
		List<String> messages = new ArrayList<>();
		for (MockHttpServletRequestBuilder request : bad) {
			MvcResult result = this.mvc.perform(request).andExpect(status().isBadRequest()).andReturn();
			messages.add(result.getResponse().getContentAsString());
		}
		assertThat(messages.get(0)).contains("请为「总体评价」打分");
		assertThat(messages.get(1)).contains("「总体评价」的评分须为 1 至 5 分");
		assertThat(messages.get(3)).contains("只能选一个分数");
		assertThat(messages.get(5)).contains("意见建议不能超过 500 字");
		assertThat(messages.get(6)).contains("提交格式有误");
		assertThat(messages.get(7)).contains("提交内容过长");
		assertThat(answers(evaluation)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from evaluation_token where evaluation_id = ? and spent",
				Integer.class, evaluation.getId()))
			.isZero();
		// the token still works
		this.mvc.perform(answer(post(path), 3, 3, 3, 3, 3, 3).param("comment", "长".repeat(500)))
			.andExpect(status().isFound());
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
		Evaluation evaluation = this.fixtures.open();
		String token = this.fixtures.tokens(evaluation, 1).get(0);
		MockHttpServletRequestBuilder request = post("/e/" + token).with(from(this.address))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (String key : List.of("responsibility", "measures", "solved", "effect", "openness", "overall")) {
			request.param("score_" + key, "5");
		}
		this.mvc.perform(request).andExpect(status().isForbidden());
		assertThat(answers(evaluation)).isZero();
	}

	@Test
	void twoSubmissionsWithTheSameTokenAtTheSameInstantCountOnce() throws Exception {
		Evaluation evaluation = this.fixtures.open();
		for (int round = 0; round < 5; round++) {
			String token = this.fixtures.tokens(evaluation, 1).get(0);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			Callable<Boolean> submit = () -> {
				start.await();
				try {
					this.ballots.answerWithToken(token, form(4, 4, 4, 4, 4, 4));
					return true;
				}
				catch (PublicPageException ex) {
					assertThat(ex.title()).isEqualTo("此二维码已使用");
					return false;
				}
			};
			Future<Boolean> first = pool.submit(submit);
			Future<Boolean> second = pool.submit(submit);
			start.countDown();
			List<Boolean> outcomes = List.of(first.get(), second.get());
			pool.shutdown();
			assertThat(outcomes).containsExactlyInAnyOrder(true, false);
		}
		assertThat(answers(evaluation)).isEqualTo(5);
	}

	@Test
	void theSharedLinkTakesOneAnswerPerBrowserUpToItsCap() throws Exception {
		Evaluation evaluation = this.fixtures.open(Unique.code("EV"), 2);
		String path = "/e/s/" + evaluation.getSharedCode();
		this.mvc.perform(villager(get(path))).andExpect(status().isOk());
		MvcResult first = this.mvc.perform(answer(post(path), 4, 4, 4, 4, 4, 4))
			.andExpect(status().isFound())
			.andExpect(cookie().httpOnly("rf_answered_" + evaluation.getId(), true))
			.andReturn();
		Cookie answered = first.getResponse().getCookie("rf_answered_" + evaluation.getId());
		assertThat(answered.getValue()).as("only a signature, no device id").matches("[A-Za-z0-9_-]{43}");
		assertThat(answered.getPath()).isEqualTo("/e/s/");
		this.mvc.perform(villager(get(path)).cookie(answered))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("您已参与过本次测评")));
		this.mvc.perform(answer(post(path), 1, 1, 1, 1, 1, 1).cookie(answered)).andExpect(status().isConflict());
		Cookie forged = new Cookie(answered.getName(), "forged");
		this.mvc.perform(villager(get(path)).cookie(forged)).andExpect(status().isOk());

		// cookies cleared: another answer, but the cap holds
		this.mvc.perform(answer(post(path), 2, 2, 2, 2, 2, 2)).andExpect(status().isFound());
		this.mvc.perform(answer(post(path), 3, 3, 3, 3, 3, 3))
			.andExpect(status().isGone())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("名额已满")));
		assertThat(answers(evaluation)).isEqualTo(2);
		assertThat(this.fixtures.reload(evaluation).getSharedAnswers()).isEqualTo(2);
	}

	@Test
	void theAnswersTableHoldsOnlyScoresAndCommentsAndNothingLinksAnAnswerToItsToken() throws Exception {
		Evaluation evaluation = this.fixtures.open();
		List<String> tokens = this.fixtures.tokens(evaluation, 3);
		for (String token : tokens) {
			this.mvc.perform(answer(post("/e/" + token), 5, 4, 3, 2, 1, 5).header("User-Agent", "Test-Phone/1.0"))
				.andExpect(status().isFound());
		}
		assertThat(columns("evaluation_answer")).containsExactlyInAnyOrder("id", "evaluation_id", "scores",
				"answer_comment");
		assertThat(columns("evaluation_token")).containsExactlyInAnyOrder("token_hash", "evaluation_id", "spent");
		List<java.util.Map<String, Object>> rows = this.jdbc
			.queryForList("select * from evaluation_answer where evaluation_id = ?", evaluation.getId());
		assertThat(rows).hasSize(3);
		for (java.util.Map<String, Object> row : rows) {
			assertThat(String.valueOf(row.get("id")))
				.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
			String all = row.values().toString();
			assertThat(all).doesNotContain(this.address, "Test-Phone", "127.0.0.1");
			for (String token : tokens) {
				assertThat(all).doesNotContain(token, Tokens.hash(token));
			}
		}
		List<java.util.Map<String, Object>> tokenRows = this.jdbc
			.queryForList("select * from evaluation_token where evaluation_id = ?", evaluation.getId());
		for (java.util.Map<String, Object> row : tokenRows) {
			for (String token : tokens) {
				assertThat(row.values().toString()).doesNotContain(token);
			}
		}
		assertThat(this.environment.getProperty("server.tomcat.accesslog.enabled", Boolean.class, false))
			.as("no access log records the villagers' addresses")
			.isFalse();
	}

	@Test
	void anAddressIsRefusedWith429AfterTheLimitAndOthersAreNot() throws Exception {
		this.rateLimit.reset();
		String path = "/e/AAAAAAAAAAAAAAAAAAAAAA";
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(villager(get(path))).andExpect(status().isNotFound());
		}
		String refused = this.mvc.perform(villager(get(path)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("访问过于频繁");
		this.mvc.perform(get(path).with(from("10.8.0.1"))).andExpect(status().isNotFound());
	}

	@Test
	void theNumbersOfAKnownSetOfAnswers() {
		Questionnaire questionnaire = new EvaluationProperties().defaultQuestionnaire();
		List<int[]> answers = List.of(new int[] { 5, 5, 5, 5, 5, 5 }, new int[] { 4, 4, 4, 4, 4, 4 },
				new int[] { 3, 3, 3, 3, 3, 3 }, new int[] { 2, 1, 2, 1, 2, 1 }, new int[] { 5, 4, 3, 2, 1, 4 });
		Aggregation result = Aggregation.of(questionnaire, answers);
		assertThat(result.count()).isEqualTo(5);
		assertThat(result.satisfiedCount()).isEqualTo(3);
		assertThat(result.satisfiedShare()).isEqualTo(0.6);
		assertThat(result.satisfactionScore()).isEqualTo(60.0);
		assertThat(result.dimensions().get(0).key()).isEqualTo("responsibility");
		assertThat(result.dimensions().get(0).average()).isEqualTo(3.8);
		assertThat(result.dimensions().get(0).distribution()).containsExactly(0, 1, 1, 1, 2);
		assertThat(result.dimensions().get(5).average()).isEqualTo(3.4);
		assertThat(result.dimensions().get(5).distribution()).containsExactly(1, 0, 1, 2, 1);
		assertThat(result.dimensions().get(5).percent(4)).isEqualTo(40.0);
		assertThat(result.overallAverage()).isEqualTo(3.33);
		assertThat(this.evaluations.verdict(result)).as("60%% is not below 60%%").isEqualTo("FAIR");
		assertThat(this.evaluations.verdict(Aggregation.of(questionnaire, answers.subList(2, 5)))).isEqualTo("POOR");
		assertThat(this.evaluations.verdict(Aggregation.of(questionnaire, answers.subList(0, 2)))).isEqualTo("GOOD");
		Aggregation none = Aggregation.of(questionnaire, List.of());
		assertThat(none.count()).isZero();
		assertThat(none.satisfactionScore()).isZero();
	}

	@Test
	void aQuestionnaireIsKeptWithItsEvaluation() {
		Evaluation evaluation = this.fixtures.open();
		EvaluationProperties changed = new EvaluationProperties();
		changed.setDimensions(List.of(new Questionnaire.Dimension("overall", "总体", "总体？")));
		assertThat(changed.defaultQuestionnaire().dimensions()).hasSize(1);
		Evaluation reloaded = this.fixtures.reload(evaluation);
		assertThat(reloaded.getQuestionnaire().dimensions()).extracting(Questionnaire.Dimension::label)
			.containsExactly("整改责任落实", "整改措施", "问题解决", "预期效果", "公开透明", "总体评价");
		assertThat(reloaded.getQuestionnaire().commentMaxLength()).isEqualTo(500);
		assertThatThrownBy(() -> new Questionnaire(List.of(), 10)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void tokensAreRandomUrlSafeAndStoredOnlyAsHashes() {
		Evaluation evaluation = this.fixtures.open();
		List<String> tokens = this.fixtures.tokens(evaluation, 50);
		assertThat(tokens).doesNotHaveDuplicates().allMatch((token) -> token.matches("[A-Za-z0-9_-]{22}"));
		List<String> stored = this.jdbc.queryForList("select token_hash from evaluation_token where evaluation_id = ?",
				String.class, evaluation.getId());
		assertThat(stored).hasSize(50).doesNotContainAnyElementsOf(tokens);
		assertThat(stored).containsExactlyInAnyOrderElementsOf(tokens.stream().map(Tokens::hash).toList());
	}

	private int answers(Evaluation evaluation) {
		return this.jdbc.queryForObject("select count(*) from evaluation_answer where evaluation_id = ?", Integer.class,
				evaluation.getId());
	}

	private List<String> columns(String table) throws Exception {
		List<String> names = new ArrayList<>();
		try (java.sql.Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			for (String candidate : List.of(table, table.toUpperCase(Locale.ROOT))) {
				try (ResultSet rs = meta.getColumns(null, null, candidate, null)) {
					while (rs.next()) {
						names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
				if (!names.isEmpty()) {
					break;
				}
			}
		}
		return names.stream().distinct().toList();
	}

	private MockHttpServletRequestBuilder villager(MockHttpServletRequestBuilder request) {
		return request.with(from(this.address));
	}

	private MockHttpServletRequestBuilder answer(MockHttpServletRequestBuilder request, int... scores) {
		List<String> keys = List.of("responsibility", "measures", "solved", "effect", "openness", "overall");
		MockHttpServletRequestBuilder built = villager(request).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.with(csrf());
		for (int i = 0; i < scores.length; i++) {
			built.param("score_" + keys.get(i), String.valueOf(scores[i]));
		}
		return built;
	}

	static java.util.Map<String, String[]> form(int... scores) {
		List<String> keys = List.of("responsibility", "measures", "solved", "effect", "openness", "overall");
		java.util.Map<String, String[]> form = new java.util.HashMap<>();
		for (int i = 0; i < scores.length; i++) {
			form.put("score_" + keys.get(i), new String[] { String.valueOf(scores[i]) });
		}
		return form;
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}

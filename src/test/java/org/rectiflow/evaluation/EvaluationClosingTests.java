package org.rectiflow.evaluation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectiflow.round.Inspection;
import org.rectiflow.support.EngineSteps;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office's side on the real round: opening from the round's task, printing QR codes,
 * closing by hand (a POOR verdict vetoes the sign-off: talk and follow-up) or by the
 * round's timer, too few answers, idempotent and concurrent closing; only the inspection
 * office (and administrators) may do any of it.
 */
@ApiTest
class EvaluationClosingTests {

	private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RoundFixtures rounds;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private FormService forms;

	@Autowired
	private ManagementService management;

	@Autowired
	private EvaluationRepository evaluations;

	@Autowired
	private Evaluations service;

	@Autowired
	private Ballots ballots;

	@Autowired
	private EvaluationFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void onlyTheInspectionOfficeAndAdministratorsManageEvaluations() throws Exception {
		Evaluation evaluation = this.fixtures.open();
		this.mvc.perform(get("/console/evaluations").with(as("inspection-office"))).andExpect(status().isOk());
		this.mvc.perform(get("/console/evaluations/" + evaluation.getId()).with(as("camunda-admin")))
			.andExpect(status().isOk());
		for (String group : List.of("village-t01v01", "township-t01", "dept-agriculture", "discipline-commission")) {
			this.mvc.perform(get("/console/evaluations").with(as(group)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("仅巡察办")));
			this.mvc
				.perform(post("/console/evaluations/" + evaluation.getId() + "/tokens").param("count", "5")
					.with(as(group))
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/console/evaluations/" + evaluation.getId() + "/close").with(as(group)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/console/evaluations/" + evaluation.getId() + "/shared.png").with(as(group)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/console/evaluations").accept(MediaType.TEXT_HTML)).andExpect(status().isFound());
		assertThat(this.fixtures.reload(evaluation).getTokensIssued()).isZero();
		assertThat(this.fixtures.reload(evaluation).getState()).isEqualTo(EvaluationState.OPEN);
	}

	@Test
	void theOfficePrintsQrCodesAsPdfAndAsAChinesePageAndEachCodeLeadsToItsPage() throws Exception {
		Evaluation evaluation = this.fixtures.open();
		byte[] pdf = this.mvc
			.perform(post("/console/evaluations/" + evaluation.getId() + "/tokens").param("count", "14")
				.param("format", "pdf")
				.with(as("inspection-office"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String sheet = this.mvc
			.perform(post("/console/evaluations/" + evaluation.getId() + "/tokens").param("count", "3")
				.param("format", "html")
				.with(as("inspection-office"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sheet).contains("群众满意度测评", "每码限用一次");
		List<String> links = new ArrayList<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("http://localhost/e/([A-Za-z0-9_-]{22})")
			.matcher(sheet);
		while (matcher.find()) {
			links.add(matcher.group());
		}
		assertThat(links).hasSize(3);
		assertThat(sheet.split("data:image/png;base64,", -1)).hasSize(4);
		assertThat(this.fixtures.reload(evaluation).getTokensIssued()).isEqualTo(17);

		String token = links.get(0).substring(links.get(0).lastIndexOf('/') + 1);
		byte[] png = this.mvc
			.perform(get("/console/evaluations/" + evaluation.getId() + "/qr.png").param("t", token)
				.with(as("inspection-office")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.IMAGE_PNG))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(decode(png)).isEqualTo(links.get(0));
		Evaluation other = this.fixtures.open();
		this.mvc
			.perform(get("/console/evaluations/" + other.getId() + "/qr.png").param("t", token)
				.with(as("inspection-office")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/e/" + token)).andExpect(status().isOk());

		this.mvc
			.perform(post("/console/evaluations/" + evaluation.getId() + "/tokens").param("count", "0")
				.with(as("inspection-office"))
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/console/evaluations/" + evaluation.getId() + "/tokens").param("count", "500")
				.with(as("inspection-office"))
				.with(csrf()))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/console/evaluations/" + evaluation.getId() + "/tokens").param("count", "490")
				.with(as("inspection-office"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("最多还能生成 483 个")));
	}

	@Test
	void aPoorResultClosedByHandVetoesTheSignOffWithATalkAndAFollowUp() throws Exception {
		Round round = roundAtTheEvaluation();
		Evaluation evaluation = round.evaluation();
		assertThat(evaluation.getQuestionnaire().dimensions()).hasSize(6);
		assertThat(evaluation.getClosesAt()).isEqualTo(round.closesOn().atTime(23, 59, 59).atZone(COUNTY).toInstant());
		assertThat(this.runtime.getVariable(round.processId(), "evaluationClosesAt")).isInstanceOf(Date.class);
		List<String> tokens = this.fixtures.tokens(evaluation, 12);
		this.ballots.answerWithToken(tokens.get(0),
				withComment(EvaluationPublicPageTests.form(3, 3, 3, 3, 3, 2), "<script>alert('x')</script>"));
		for (int i = 1; i < 10; i++) {
			int overall = (i < 4) ? 4 : 2;
			this.ballots.answerWithToken(tokens.get(i), EvaluationPublicPageTests.form(3, 2, 2, 3, 2, overall));
		}
		this.mvc
			.perform(post("/console/evaluations/" + evaluation.getId() + "/close").with(as("inspection-office"))
				.with(csrf()))
			.andExpect(status().isFound());

		Evaluation closed = this.fixtures.reload(evaluation);
		assertThat(closed.getState()).isEqualTo(EvaluationState.CLOSED);
		assertThat(closed.getAnswerCount()).isEqualTo(10);
		assertThat(closed.getSatisfactionScore()).isEqualTo(30.0);
		assertThat(closed.getVerdict()).isEqualTo("POOR");
		assertThat(closed.getClosedBy()).isEqualTo("inspection-office");
		assertThat(this.jdbc.queryForObject("select count(*) from evaluation_token where evaluation_id = ?",
				Integer.class, evaluation.getId()))
			.as("token hashes are dropped once closed")
			.isZero();
		assertThat(this.runtime.getVariable(round.processId(), "evaluationVerdict")).isEqualTo("POOR");
		assertThat(this.runtime.getVariable(round.processId(), "satisfactionScore")).isEqualTo(30.0);
		EngineSteps.runJobs(this.management, round.processId());
		Task talk = this.tasks.createTaskQuery()
			.processInstanceId(round.processId())
			.taskDefinitionKey("Task_AdmonishUnit")
			.singleResult();
		assertThat(talk).as("POOR → admonishing talk").isNotNull();
		assertThat(this.tasks.createTaskQuery()
			.processInstanceId(round.processId())
			.taskDefinitionKey("Task_SignOffRectification")
			.count()).isZero();

		// closing twice is harmless
		this.mvc
			.perform(post("/console/evaluations/" + evaluation.getId() + "/close").with(as("inspection-office"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.fixtures.reload(evaluation).getClosedAt()).isEqualTo(closed.getClosedAt());

		String results = this.mvc
			.perform(get("/console/evaluations/" + evaluation.getId()).with(as("inspection-office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(results).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "差(否决销号)", "30.0%")
			.doesNotContain("<script>alert");
		// the public page of a spent or unspent token of a closed evaluation
		this.mvc.perform(get("/e/" + tokens.get(11))).andExpect(status().isNotFound());

		this.forms.submitTaskForm(talk.getId(), java.util.Map.of("talkDate", "2026-11-25", "talkedPersons", "村党支部书记",
				"talkRecord", "约谈记录", "accountabilityProposed", false));
		EngineSteps.runJobs(this.management, round.processId());
		assertThat(this.runtime.getActivityInstance(round.processId()).getActivityInstances("Event_FollowUpDue"))
			.as("POOR → follow-up review")
			.hasSize(1);
	}

	@Test
	void theTimerClosesWithEnoughAnswersAndALaterCloseByHandChangesNothing() throws Exception {
		Round round = roundAtTheEvaluation();
		List<String> tokens = this.fixtures.tokens(round.evaluation(), 10);
		for (String token : tokens) {
			this.ballots.answerWithToken(token, EvaluationPublicPageTests.form(5, 5, 4, 4, 5, 5));
		}
		Job timer = this.management.createJobQuery().processInstanceId(round.processId()).timers().singleResult();
		assertThat(timer.getDuedate()).isEqualTo(Date.from(round.evaluation().getClosesAt()));
		this.management.executeJob(timer.getId());
		Evaluation closed = this.fixtures.reload(round.evaluation());
		assertThat(closed.getVerdict()).isEqualTo("GOOD");
		assertThat(closed.getClosedBy()).isEqualTo(Evaluations.TIMER);
		assertThat(this.runtime.getVariable(round.processId(), "evaluationValid")).isEqualTo(true);
		assertThat(this.tasks.createTaskQuery()
			.processInstanceId(round.processId())
			.taskDefinitionKey("Task_SignOffRectification")
			.count()).isEqualTo(1);
		Evaluation again = this.service.closeByHand(closed.getId(), EvaluationFixtures.OFFICE);
		assertThat(again.getClosedBy()).isEqualTo(Evaluations.TIMER);

		String page = this.mvc.perform(get("/console/evaluations/" + closed.getId()).with(as("inspection-office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String closedAt = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(closed.getClosedAt().atZone(COUNTY));
		assertThat(page).as("the verdict by its name, the tokens the answers used, the close time in Beijing")
			.contains("<strong id=\"verdict\">好</strong>", "<span id=\"tokens-spent\">10</span>",
					"<span id=\"closed-at\">" + closedAt + "</span>")
			.doesNotContain("GOOD")
			.as("no shared link once the evaluation is closed")
			.doesNotContain("微信群共享链接", "/e/s/");
		assertThat(this.mvc.perform(get("/console/evaluations").with(as("inspection-office")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(">GOOD<");
	}

	@Test
	void tooFewAnswersAreNoResultTheOfficeExtendsAndTheSameEvaluationReopens() throws Exception {
		Round round = roundAtTheEvaluation();
		List<String> tokens = this.fixtures.tokens(round.evaluation(), 5);
		for (int i = 0; i < 3; i++) {
			this.ballots.answerWithToken(tokens.get(i), EvaluationPublicPageTests.form(5, 5, 4, 4, 5, 5));
		}
		this.mvc
			.perform(post("/console/evaluations/" + round.evaluation().getId() + "/close").with(as("inspection-office"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("目前仅有 3 份答卷")));
		Job timer = this.management.createJobQuery().processInstanceId(round.processId()).timers().singleResult();
		this.management.executeJob(timer.getId());
		assertThat(this.fixtures.reload(round.evaluation()).getState()).isEqualTo(EvaluationState.EXPIRED);
		assertThat(this.fixtures.reload(round.evaluation()).getVerdict()).isNull();
		this.mvc.perform(get("/e/" + tokens.get(4))).andExpect(status().isGone());
		Task extend = this.tasks.createTaskQuery()
			.processInstanceId(round.processId())
			.taskDefinitionKey("Task_ExtendEvaluation")
			.singleResult();
		assertThat(extend).isNotNull();
		assertThat(this.runtime.getVariable(round.processId(), "evaluationAnswerCount")).isEqualTo(3);

		LocalDate later = round.closesOn().plusDays(7);
		this.forms.submitTaskForm(extend.getId(), java.util.Map.of("evaluationCloseDate", later.toString()));
		EngineSteps.runJobs(this.management, round.processId());
		Evaluation reopened = this.fixtures.reload(round.evaluation());
		assertThat(reopened.getState()).isEqualTo(EvaluationState.OPEN);
		assertThat(reopened.getClosesOn()).isEqualTo(later);
		assertThat(this.evaluations.findAll()
			.stream()
			.filter((e) -> e.getInspectionKey().equals(reopened.getInspectionKey()))
			.count()).isEqualTo(1);
		this.mvc.perform(get("/e/" + tokens.get(4))).andExpect(status().isOk());
		assertThat(this.service.answerCount(reopened.getId())).isEqualTo(3);
	}

	@Test
	void twoClosesByHandAtTheSameInstantGiveOneResultAndOneCorrelation() throws Exception {
		Round round = roundAtTheEvaluation();
		List<String> tokens = this.fixtures.tokens(round.evaluation(), 10);
		for (String token : tokens) {
			this.ballots.answerWithToken(token, EvaluationPublicPageTests.form(4, 4, 4, 4, 4, 3));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Callable<String> close = () -> {
			start.await();
			try {
				return this.service.closeByHand(round.evaluation().getId(), EvaluationFixtures.OFFICE).getVerdict();
			}
			catch (RuntimeException ex) {
				// the loser may time out waiting for the winner's row lock: no second
				// result
				return "refused";
			}
		};
		Future<String> first = pool.submit(close);
		Future<String> second = pool.submit(close);
		start.countDown();
		List<String> outcomes = List.of(first.get(), second.get());
		pool.shutdown();
		assertThat(outcomes).contains("POOR");
		assertThat(outcomes).allMatch((outcome) -> outcome.equals("POOR") || outcome.equals("refused"));
		EngineSteps.runJobs(this.management, round.processId());
		assertThat(this.tasks.createTaskQuery()
			.processInstanceId(round.processId())
			.taskDefinitionKey("Task_AdmonishUnit")
			.count()).isEqualTo(1);
	}

	/** A real round moved to 组织群众满意度测评, whose form the office then submits. */
	private Round roundAtTheEvaluation() {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String processId = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(inspection.getId()))
			.singleResult()
			.getId();
		ProcessInstanceModificationBuilder modification = this.runtime.createProcessInstanceModification(processId)
			.startBeforeActivity("Task_OpenEvaluation");
		for (ActivityInstance child : this.runtime.getActivityInstance(processId).getChildActivityInstances()) {
			modification.cancelActivityInstance(child.getId());
		}
		modification.execute();
		EngineSteps.runJobs(this.management, processId);
		Task open = this.tasks.createTaskQuery()
			.processInstanceId(processId)
			.taskDefinitionKey("Task_OpenEvaluation")
			.singleResult();
		LocalDate closesOn = TestClock.today().plusDays(14);
		this.forms.submitTaskForm(open.getId(), java.util.Map.of("evaluationCloseDate", closesOn.toString(),
				"evaluationTargetCount", 50, "evaluationNotice", "请村民扫码评议本村整改情况", "evaluationMaxShared", 20));
		EngineSteps.runJobs(this.management, processId);
		Evaluation evaluation = this.evaluations.findByInspectionKey(String.valueOf(inspection.getId())).orElseThrow();
		assertThat(evaluation.getSharedCode()).isNotNull();
		assertThat(evaluation.getMaxSharedAnswers()).isEqualTo(20);
		assertThat(this.runtime.getVariable(processId, "evaluationId")).isEqualTo(String.valueOf(evaluation.getId()));
		return new Round(processId, evaluation, closesOn);
	}

	private static java.util.Map<String, String[]> withComment(java.util.Map<String, String[]> form, String comment) {
		form.put("comment", new String[] { comment });
		return form;
	}

	private static String decode(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		return new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
	}

	private static RequestPostProcessor as(String group) {
		return user(group).authorities(new SimpleGrantedAuthority(group));
	}

	record Round(String processId, Evaluation evaluation, LocalDate closesOn) {
	}

}

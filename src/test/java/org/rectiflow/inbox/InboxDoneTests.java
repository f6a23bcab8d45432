package org.rectiflow.inbox;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 已办 page: who completed a task is who the engine logged completing it (claimed or
 * not), a department sees what its members completed, nobody sees another department's
 * work, and the list is paged 20 at a time with an htmx "more" row. Each test works with
 * its own users and groups, so the counts are exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class InboxDoneTests {

	private static final Pattern ROW = Pattern
		.compile("class=\"done-task\" data-task-id=\"[^\"]+\" data-business-key=\"([^\"]+)\"");

	private static final Pattern TOTAL = Pattern.compile("id=\"done-total\">共 <strong>(\\d+)</strong> 项");

	@Autowired
	private WebApplicationContext context;

	private MockMvc mvc;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private IdentityService identity;

	private String village;

	private String neighbour;

	@BeforeEach
	void deployProbe() {
		// the suite's one application context, with its security filters
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.repository.createDeployment()
			.addClasspathResource("bpmn/inbox-probe.bpmn")
			.enableDuplicateFiltering(true)
			.deploy();
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.village = "done-village-" + run;
		this.neighbour = "done-neighbour-" + run;
	}

	@Test
	void mineListsWhatIClaimedAndCompletedAndWhatICompletedUnclaimedButNotWhatAColleagueDid() throws Exception {
		String me = this.village + "-clerk";
		String colleague = this.village + "-secretary";
		String claimed = start(this.village);
		completeAs(me, this.village, claimed, true);
		String unclaimed = start(this.village);
		completeAs(me, this.village, unclaimed, false);
		String byColleague = start(this.village);
		completeAs(colleague, this.village, byColleague, true);
		// assigned to me, but my colleague pressed 完成: it is the colleague's
		String takenOver = start(this.village);
		this.tasks.setAssignee(taskOf(takenOver), me);
		completeAs(colleague, this.village, takenOver, false);
		String open = start(this.village);

		Page mine = page(me, this.village, "mine", 0);
		assertThat(mine.keys()).containsExactlyInAnyOrder(claimed, unclaimed);
		assertThat(mine.total()).isEqualTo(2);
		assertThat(mine.html()).contains("我办理的", "已办事项", "收件箱测试", "办理").doesNotContain(open);
		assertThat(page(colleague, this.village, "mine", 0).keys()).containsExactlyInAnyOrder(byColleague, takenOver);
	}

	@Test
	void aTaskCompletedByCodeWithoutAUserCountsForItsAssignee() throws Exception {
		String me = this.village + "-clerk";
		String instance = start(this.village);
		this.tasks.setAssignee(taskOf(instance), me);
		this.tasks.complete(taskOf(instance));
		assertThat(page(me, this.village, "mine", 0).keys()).containsExactly(instance);
	}

	@Test
	void theDepartmentListShowsWhatItsMembersCompletedAndNeverANeighboursWork() throws Exception {
		String me = this.village + "-clerk";
		String colleague = this.village + "-secretary";
		String mine = start(this.village);
		completeAs(me, this.village, mine, true);
		String theirs = start(this.village);
		completeAs(colleague, this.village, theirs, false);
		String neighbours = start(this.neighbour);
		completeAs(this.neighbour + "-clerk", this.neighbour, neighbours, true);

		Page department = page(me, this.village, "department", 0);
		assertThat(department.keys()).containsExactlyInAnyOrder(mine, theirs);
		assertThat(department.total()).isEqualTo(2);
		assertThat(department.html()).contains("本部门办理的", colleague);
		assertThat(page(this.neighbour + "-clerk", this.neighbour, "department", 0).keys()).containsExactly(neighbours);
		assertThat(page(this.neighbour + "-clerk", this.neighbour, "mine", 0).keys()).containsExactly(neighbours);
	}

	@Test
	void theListIsPagedNewestFirstAndHtmxGetsOnlyTheNextRows() throws Exception {
		String me = this.village + "-clerk";
		List<String> done = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			String instance = start(this.village);
			completeAs(me, this.village, instance, true);
			done.add(0, instance);
		}

		Page first = page(me, this.village, "department", 0);
		assertThat(first.total()).isEqualTo(23);
		assertThat(first.keys()).hasSize(20);
		assertThat(first.html()).contains("id=\"done-more\"", "hx-get=\"/inbox/done?scope=department&amp;page=1\"",
				"加载更多（已显示 20 / 23 项）");

		String more = this.mvc
			.perform(as(me, this.village,
					get("/inbox/done").param("scope", "department").param("page", "1").header("HX-Request", "true")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(more).doesNotContain("<html", "<header", "done-more");
		List<String> rest = keys(more);
		assertThat(rest).hasSize(3);
		List<String> all = new ArrayList<>(first.keys());
		all.addAll(rest);
		assertThat(all).as("every task once, newest first").containsExactlyElementsOf(done);
	}

	@Test
	void withNothingDoneThePageSaysSoAndTheEntryPageLinksToIt() throws Exception {
		Page empty = page(this.village + "-new", this.village, "mine", 0);
		assertThat(empty.total()).isZero();
		assertThat(empty.html()).contains("暂无已办事项", "退出登录", "name=\"_csrf\"");
		String home = this.mvc.perform(as(this.village + "-new", this.village, get("/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("href=\"/inbox/done\"", "已办事项", "退出登录");
	}

	@Test
	void thePageNeedsALogin() throws Exception {
		this.mvc.perform(get("/inbox/done").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
	}

	private String start(String group) {
		String key = UUID.randomUUID().toString();
		this.runtime.startProcessInstanceByKey("inbox-probe", key, Map.of("villageGroup", group, "due",
				new Date(TestClock.now().toEpochMilli() + 86_400_000L), "unitName", "测试村"));
		return key;
	}

	private String taskOf(String businessKey) {
		return this.tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
	}

	/** As Tasklist (claim first) or as a REST client (complete unclaimed). */
	private void completeAs(String user, String group, String businessKey, boolean claim) {
		String taskId = taskOf(businessKey);
		this.identity.setAuthentication(user, List.of(group));
		try {
			if (claim) {
				this.tasks.claim(taskId, user);
			}
			this.tasks.complete(taskId);
		}
		finally {
			this.identity.clearAuthentication();
		}
		// completions a millisecond apart still sort newest first
		try {
			Thread.sleep(2);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Page page(String user, String group, String scope, int page) throws Exception {
		String html = this.mvc
			.perform(as(user, group, get("/inbox/done").param("scope", scope).param("page", String.valueOf(page))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher total = TOTAL.matcher(html);
		assertThat(total.find()).as(html).isTrue();
		return new Page(html, keys(html), Long.parseLong(total.group(1)));
	}

	private static MockHttpServletRequestBuilder as(String user, String group, MockHttpServletRequestBuilder request) {
		return request.with(user(user).authorities(new SimpleGrantedAuthority(group)));
	}

	private static List<String> keys(String html) {
		List<String> keys = new ArrayList<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			keys.add(row.group(1));
		}
		return keys;
	}

	private record Page(String html, List<String> keys, long total) {
	}

}

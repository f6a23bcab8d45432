package org.rectiflow.inbox;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rectiflow.support.HeadlessChromium;
import org.rectiflow.support.EngineSteps;
import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox as staff use it, in Debian's headless Chromium: one login, Tasklist in
 * Chinese with each department's own tasks and the right counts, a Camunda Form filled in
 * and submitted, the task moving to 已办, the overdue filter, a refused password, and
 * English for a browser that asks for it. Screenshots go to {@code target/screenshots/}.
 * <p>
 * Skipped where Chromium is not installed, except in CI, where that fails (see
 * {@link HeadlessChromium#assumeInstalled()}). The expected counts are asked of the
 * engine with the filters' own criteria at the moment of the check, because other test
 * classes leave open tasks in the same database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class InboxBrowserTests {

	private static final String T01 = "village-t01v01";

	private static final String T02 = "village-t02v01";

	private static final String OFFICE = "inspection-office";

	private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

	/** Finding ids far from those of the ledger's tests. */
	private static final AtomicLong IDS = new AtomicLong(8_000_000_000_000_000L + System.currentTimeMillis() * 1000);

	@LocalServerPort
	private int port;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private HistoryService history;

	@Autowired
	private ManagementService management;

	@Autowired
	private IdentityService identity;

	@Autowired
	private RepositoryService repository;

	@BeforeAll
	static void browserInstalled() {
		HeadlessChromium.assumeInstalled();
	}

	@Test
	void twoVillagesAndTheInspectionOfficeEachSeeTheirOwnInboxInChinese() {
		Item first = open(T01, "township-t01");
		Item second = open(T01, "township-t01");
		Item theirs = open(T02, "township-t02");

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			login(browser, T01, "demo");
			Tasklist tasklist = tasklist(browser);
			assertThat(tasklist.filterNames()).containsExactly("我的待办", "本部门待办", "即将到期", "已超期");
			assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("发起流程", "键盘快捷键")
				.doesNotContain("Start process");
			tasklist.choose("本部门待办");
			tasklist.awaitCount(() -> departmentCount(T01));
			assertThat(tasklist.showsTask(first.taskId())).isTrue();
			assertThat(tasklist.showsTask(second.taskId())).isTrue();
			assertThat(tasklist.showsTask(theirs.taskId())).isFalse();
			assertThat(tasklist.processNames()).contains("整改事项(整改台账一项)");
			browser.screenshot("01-tasklist-village-t01v01");
		}

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			login(browser, T02, "demo");
			Tasklist tasklist = tasklist(browser);
			tasklist.choose("本部门待办");
			tasklist.awaitCount(() -> departmentCount(T02));
			assertThat(tasklist.showsTask(theirs.taskId())).isTrue();
			assertThat(tasklist.showsTask(first.taskId())).isFalse();
			assertThat(tasklist.showsTask(second.taskId())).isFalse();
			browser.screenshot("02-tasklist-village-t02v01");
		}

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			login(browser, OFFICE, "demo");
			Tasklist tasklist = tasklist(browser);
			assertThat(tasklist.filterNames()).containsExactly("我的待办", "本部门待办", "即将到期", "已超期", "全部可见");
			tasklist.choose("本部门待办");
			tasklist.awaitCount(() -> departmentCount(OFFICE));
			assertThat(tasklist.showsTask(first.taskId())).isFalse();
			tasklist.choose("全部可见");
			tasklist.awaitCount(() -> visibleTo(OFFICE));
			assertThat(tasklist.showsTask(first.taskId())).isTrue();
			assertThat(tasklist.showsTask(theirs.taskId())).isTrue();
			browser.screenshot("03-tasklist-inspection-office");
		}
	}

	@Test
	void aVillageFillsTheCamundaFormAndTheTaskMovesFromItsInboxToDone() {
		Item mine = open(T01, "township-t01");
		Item theirs = open(T02, "township-t02");
		completeAs(T02, theirs, planVariables(TestClock.today().plusDays(30)));
		LocalDate deadline = TestClock.today().plusDays(2);

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			login(browser, T01, "demo");
			Tasklist tasklist = tasklist(browser);
			tasklist.choose("本部门待办");
			tasklist.awaitCount(() -> departmentCount(T01));
			tasklist.openTask(mine.taskId());

			// Tasklist shows the form read-only until the task is claimed
			WebElement measures = browser.await()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("textarea[id$='-Field_measures']")));
			assertThat(driver.findElement(By.xpath("//button[@ng-click='complete()']")).isEnabled()).isFalse();
			assertThat(driver.findElement(By.cssSelector(".fjs-container")).getText()).contains("整改措施", "责任人手机号",
					"整改期限", mine.findingText());
			browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
			browser.await()
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea[id$='-Field_measures']")));

			field(browser, "textarea[id$='-Field_measures']").sendKeys("公开栏改为按月公开财务收支，由村务监督委员会核对签字");
			field(browser, "input[id$='-Field_responsiblePerson']").sendKeys("王会计");
			field(browser, "input[id$='-Field_responsiblePhone']").sendKeys("13800001234");
			WebElement date = field(browser, "input[id$='-Field_deadline-date']");
			date.sendKeys(deadline.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
			date.sendKeys(Keys.TAB);
			browser.screenshot("04-form-filled-village-t01v01");

			WebElement complete = driver.findElement(By.xpath("//button[@ng-click='complete()']"));
			assertThat(complete.getText()).isEqualTo("完成");
			browser.click(complete);
			// Tasklist closes the form once the engine has completed the task
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "请在列表中选择一个任务"));
			assertThat(this.tasks.createTaskQuery().taskId(mine.taskId()).count()).isZero();
			tasklist.choose("我的待办");
			tasklist.awaitCount(() -> this.tasks.createTaskQuery().taskAssignee(T01).count());
			assertThat(tasklist.showsTask(mine.taskId())).isFalse();
			tasklist.choose("本部门待办");
			tasklist.awaitCount(() -> departmentCount(T01));
			assertThat(tasklist.showsTask(mine.taskId())).isFalse();
			browser.screenshot("05-task-completed-village-t01v01");

			HistoricTaskInstance done = this.history.createHistoricTaskInstanceQuery()
				.taskId(mine.taskId())
				.singleResult();
			assertThat(done.getEndTime()).isNotNull();
			assertThat(done.getAssignee()).isEqualTo(T01);
			assertThat(this.runtime.getVariable(mine.processInstanceId(), "deadline")).isEqualTo(deadline.toString());
			assertThat(this.runtime.getVariable(mine.processInstanceId(), "responsiblePhone")).isEqualTo("13800001234");

			// the next step is due on the deadline the village just set, so 即将到期 lists it
			Task implement = this.tasks.createTaskQuery()
				.processInstanceId(mine.processInstanceId())
				.taskDefinitionKey("Task_Implement")
				.singleResult();
			assertThat(implement.getDueDate())
				.isEqualTo(Date.from(deadline.atTime(23, 59, 59).atZone(COUNTY).toInstant()));
			tasklist.choose("即将到期");
			tasklist.awaitCount(() -> this.tasks.createTaskQuery()
				.taskCandidateGroup(T01)
				.includeAssignedTasks()
				.dueAfter(Date.from(TestClock.now()))
				.dueBefore(Date.from(TestClock.now().plus(java.time.Duration.ofDays(3))))
				.count());
			assertThat(tasklist.showsTask(implement.getId())).isTrue();
			browser.screenshot("06-due-soon-village-t01v01");

			driver.get(url("/"));
			browser.await().until(ExpectedConditions.elementToBeClickable(By.id("door-done"))).click();
			Done mineDone = done(browser);
			assertThat(mineDone.title()).contains("已办事项");
			assertThat(mineDone.rowOf(mine.businessKey())).isNotNull();
			assertThat(mineDone.rowOf(mine.businessKey()).getText()).contains("认领并制定整改措施", "青山村");
			assertThat(mineDone.rowOf(theirs.businessKey())).isNull();
			assertThat(mineDone.total()).isPositive();
			browser.screenshot("07-done-mine-village-t01v01");
			driver.findElement(By.id("tab-department")).click();
			Done departmentDone = done(browser);
			assertThat(departmentDone.rowOf(mine.businessKey())).isNotNull();
			assertThat(departmentDone.rowOf(theirs.businessKey())).isNull();
			browser.screenshot("08-done-department-village-t01v01");
		}

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			login(browser, T02, "demo");
			browser.driver().get(url("/inbox/done"));
			Done done = done(browser);
			assertThat(done.rowOf(theirs.businessKey())).isNotNull();
			assertThat(done.rowOf(mine.businessKey())).isNull();
			browser.driver().findElement(By.id("tab-department")).click();
			assertThat(done(browser).rowOf(mine.businessKey())).isNull();
			browser.screenshot("09-done-department-village-t02v01");

			// the console's 退出登录 ends the webapps' session too
			browser.click(browser.driver().findElement(By.id("logout")));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
			browser.driver().get(url("/camunda/app/tasklist/default/"));
			browser.await().until(ExpectedConditions.urlContains("/login"));
		}
	}

	@Test
	void theOverdueFilterListsATaskOnceItsDueDateIsMovedIntoThePast() {
		Item late = open(T02, "township-t02");
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			login(browser, T02, "demo");
			Tasklist tasklist = tasklist(browser);
			tasklist.choose("已超期");
			tasklist.awaitCount(() -> overdueCount(T02));
			assertThat(tasklist.showsTask(late.taskId())).isFalse();

			this.tasks.setDueDate(late.taskId(), new Date(TestClock.now().toEpochMilli() - 86_400_000L));
			browser.driver().navigate().refresh();
			tasklist = tasklist(browser);
			tasklist.choose("已超期");
			tasklist.awaitCount(() -> overdueCount(T02));
			assertThat(overdueCount(T02)).isPositive();
			assertThat(tasklist.showsTask(late.taskId())).isTrue();
			browser.screenshot("10-overdue-village-t02v01");
		}
	}

	@Test
	void aWrongPasswordIsRefusedOnTheChineseLoginPage() {
		// Camunda delays the next login of a user after a wrong password: a throw-away
		// user.
		String probe = "browser-wrong-password-probe";
		if (this.identity.createUserQuery().userId(probe).count() == 0) {
			User user = this.identity.newUser(probe);
			user.setPassword("right-one");
			this.identity.saveUser(user);
		}
		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			driver.get(url("/login"));
			assertThat(driver.getTitle()).contains("登录");
			browser.screenshot("11-login-page");
			submitLogin(driver, probe, "wrong-one");
			browser.await().until(ExpectedConditions.urlContains("/login?error"));
			assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("用户名或密码错误");
			browser.screenshot("12-wrong-password");
			driver.get(url("/camunda/app/tasklist/default/"));
			browser.await().until(ExpectedConditions.urlContains("/login"));
		}
	}

	@Test
	void aBrowserThatAsksForEnglishGetsTasklistInEnglish() {
		try (HeadlessChromium browser = HeadlessChromium.start("en-US")) {
			login(browser, T01, "demo");
			tasklist(browser);
			awaitText(browser, "Start process");
			assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("发起流程");
			browser.screenshot("13-tasklist-english");
		}
	}

	@Test
	void theDoneListLoadsMoreRowsThroughHtmx() {
		// a department of its own, so that the count is exact
		String group = "browser-paging-" + Long.toString(System.nanoTime(), 36);
		String user = group + "-clerk";
		Group department = this.identity.newGroup(group);
		department.setName("分页测试组");
		this.identity.saveGroup(department);
		User clerk = this.identity.newUser(user);
		clerk.setFirstName("分页");
		clerk.setLastName("测试");
		clerk.setPassword("paging-probe");
		this.identity.saveUser(clerk);
		this.identity.createMembership(user, group);
		this.repository.createDeployment()
			.addClasspathResource("bpmn/inbox-probe.bpmn")
			.enableDuplicateFiltering(true)
			.deploy();
		for (int i = 0; i < 23; i++) {
			String instance = this.runtime
				.startProcessInstanceByKey("inbox-probe", group + "-" + i, Map.of("villageGroup", group, "due",
						new Date(TestClock.now().toEpochMilli() + 86_400_000L), "unitName", "分页测试村"))
				.getId();
			String task = this.tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
			this.identity.setAuthentication(user, List.of(group));
			try {
				this.tasks.claim(task, user);
				this.tasks.complete(task);
			}
			finally {
				this.identity.clearAuthentication();
			}
		}

		try (HeadlessChromium browser = HeadlessChromium.start("zh-CN")) {
			WebDriver driver = browser.driver();
			login(browser, user, "paging-probe");
			driver.get(url("/inbox/done?scope=department"));
			Done done = done(browser);
			assertThat(done.total()).isEqualTo(23);
			assertThat(driver.findElements(By.cssSelector("tr.done-task"))).hasSize(20);
			assertThat(driver.findElement(By.id("current-user")).getText()).isEqualTo("测试分页");
			WebElement more = driver.findElement(By.cssSelector("#done-more a"));
			assertThat(more.getText()).isEqualTo("加载更多（已显示 20 / 23 项）");
			browser.click(more);
			browser.await().until((page) -> page.findElements(By.cssSelector("tr.done-task")).size() == 23);
			assertThat(driver.findElements(By.id("done-more"))).isEmpty();
			assertThat(driver.getCurrentUrl()).as("htmx swapped the rows in place").doesNotContain("page=");
			browser.screenshot("16-done-more-rows");
		}
	}

	@Test
	void welcomeAndAdminFollowTheBrowsersLanguage() {
		for (String language : List.of("zh-CN", "en-US")) {
			boolean chinese = language.startsWith("zh");
			try (HeadlessChromium browser = HeadlessChromium.start(language)) {
				login(browser, "admin", "admin");
				browser.driver().get(url("/camunda/app/welcome/default/"));
				awaitText(browser, chinese ? "个人资料" : "Profile");
				browser.screenshot("14-welcome-" + language);
				browser.driver().get(url("/camunda/app/admin/default/"));
				awaitText(browser, chinese ? "授权" : "Authorizations");
				String admin = browser.driver().findElement(By.tagName("body")).getText();
				if (chinese) {
					assertThat(admin).contains("用户", "群组").doesNotContain("Authorizations");
				}
				else {
					assertThat(admin).contains("Users", "Groups").doesNotContain("授权");
				}
				browser.screenshot("15-admin-" + language);
			}
		}
	}

	// --- the browser

	private static void awaitText(HeadlessChromium browser, String text) {
		browser.awaitAppLoad().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
	}

	private void login(HeadlessChromium browser, String user, String password) {
		WebDriver driver = browser.driver();
		driver.get(url("/login"));
		submitLogin(driver, user, password);
		browser.await()
			.until(ExpectedConditions.or(ExpectedConditions.not(ExpectedConditions.urlContains("/login")),
					ExpectedConditions.urlContains("error")));
		assertThat(driver.getCurrentUrl()).as("login of " + user).doesNotContain("/login");
	}

	private static void submitLogin(WebDriver driver, String user, String password) {
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login")).click();
	}

	private Tasklist tasklist(HeadlessChromium browser) {
		if (!browser.driver().getCurrentUrl().contains("/camunda/app/tasklist/")) {
			browser.driver().get(url("/camunda/app/tasklist/default/"));
		}
		browser.awaitAppLoad()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter h4.name a")));
		return new Tasklist(browser);
	}

	private static WebElement field(HeadlessChromium browser, String css) {
		return browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
	}

	private Done done(HeadlessChromium browser) {
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("done-total")));
		return new Done(browser.driver());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Camunda Tasklist, an AngularJS page: every look waits for it to settle. */
	private static final class Tasklist {

		private final HeadlessChromium browser;

		Tasklist(HeadlessChromium browser) {
			this.browser = browser;
		}

		List<String> filterNames() {
			return this.browser.driver()
				.findElements(By.cssSelector(".task-filter h4.name a"))
				.stream()
				.map((link) -> link.getText().replaceAll("\\s*\\(?\\d*\\)?\\s*$", "").strip())
				.toList();
		}

		void choose(String filterName) {
			By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4/a[contains(normalize-space(.),'"
					+ filterName + "')]]");
			this.browser.await()
				.until(ExpectedConditions.elementToBeClickable(filter))
				.findElement(By.cssSelector("h4 a"))
				.click();
			this.browser.await().until(ExpectedConditions.attributeContains(filter, "class", "active"));
		}

		/**
		 * Waits until the chosen filter's counter shows what the engine counts, then
		 * until the list has loaded.
		 */
		void awaitCount(Supplier<Long> expected) {
			By counter = By.cssSelector(".task-filter.active .counter");
			try {
				this.browser.await().until((driver) -> {
					WebElement shown = driver.findElement(counter);
					return shown.isDisplayed() && shown.getText().strip().equals(String.valueOf(expected.get()));
				});
			}
			catch (TimeoutException ex) {
				assertThat(this.browser.driver().findElement(counter).getText().strip()).as("count of the filter")
					.isEqualTo(String.valueOf(expected.get()));
			}
			this.browser.await()
				.until((driver) -> expected.get() == 0
						? driver.findElement(By.tagName("body")).getText().contains("没有符合过滤条件的任务")
						: !driver.findElements(By.cssSelector(".tasks-list li.task")).isEmpty());
		}

		String taskLink(String taskId) {
			return ".tasks-list a[href*='task=" + taskId + "']";
		}

		boolean showsTask(String taskId) {
			return !this.browser.driver().findElements(By.cssSelector(taskLink(taskId))).isEmpty();
		}

		List<String> processNames() {
			return this.browser.driver()
				.findElements(By.cssSelector(".tasks-list h6.process-definition"))
				.stream()
				.map(WebElement::getText)
				.toList();
		}

		void openTask(String taskId) {
			this.browser.await()
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector(taskLink(taskId))))
				.click();
			this.browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
		}

	}

	/** The 已办 page. */
	private record Done(WebDriver driver) {

		String title() {
			return this.driver.getTitle();
		}

		long total() {
			return Long.parseLong(this.driver.findElement(By.cssSelector("#done-total strong")).getText().strip());
		}

		WebElement rowOf(String businessKey) {
			List<WebElement> rows = this.driver
				.findElements(By.cssSelector("tr.done-task[data-business-key='" + businessKey + "']"));
			return rows.isEmpty() ? null : rows.get(0);
		}

	}

	// --- the engine

	private long departmentCount(String group) {
		return this.tasks.createTaskQuery().taskCandidateGroup(group).count();
	}

	private long overdueCount(String group) {
		return this.tasks.createTaskQuery()
			.taskCandidateGroup(group)
			.includeAssignedTasks()
			.dueBefore(Date.from(TestClock.now()))
			.count();
	}

	/** All the tasks a user may read, as the engine's authorization decides. */
	private long visibleTo(String user) {
		this.identity.setAuthentication(user, List.of(user));
		try {
			return this.tasks.createTaskQuery().count();
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	/** Opens a rectification item as the round would, and runs its first step. */
	private Item open(String villageGroup, String townshipGroup) {
		long findingId = IDS.incrementAndGet();
		String findingText = "村务公开栏未按季度公开财务收支（" + findingId % 10_000 + "）";
		Map<String, Object> variables = new HashMap<>();
		variables.put("findingId", String.valueOf(findingId));
		variables.put("inspectionRecordId", String.valueOf(findingId / 7));
		variables.put("villageGroup", villageGroup);
		variables.put("townshipGroup", townshipGroup);
		variables.put("findingText", findingText);
		variables.put("findingCategory", "COLLECTIVE_ASSETS");
		variables.put("supervisingDeptGroup", "dept-agriculture");
		String instance = this.runtime
			.startProcessInstanceByKey("rectification-item", String.valueOf(findingId), variables)
			.getId();
		EngineSteps.runJobs(this.management, instance);
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(instance)
			.taskDefinitionKey("Task_PlanMeasures")
			.singleResult();
		assertThat(task).as("认领并制定整改措施 of " + villageGroup).isNotNull();
		return new Item(String.valueOf(findingId), instance, task.getId(), findingText);
	}

	private void completeAs(String user, Item item, Map<String, Object> variables) {
		this.identity.setAuthentication(user, List.of(user));
		try {
			this.tasks.claim(item.taskId(), user);
			this.tasks.complete(item.taskId(), variables);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private static Map<String, Object> planVariables(LocalDate deadline) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("measures", "财务收支每月在公开栏公开并拍照存档");
		plan.put("responsiblePerson", "李主任");
		plan.put("responsiblePhone", "13912345678");
		plan.put("deadline", deadline.toString());
		plan.put("longTerm", false);
		return plan;
	}

	private record Item(String businessKey, String processInstanceId, String taskId, String findingText) {
	}

}

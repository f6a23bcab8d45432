package org.rectiflow.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.RoundFixtures;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.EngineSteps;
import org.rectiflow.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 时间推进 ({@code /demo/time}): the inspection office moves the engine's clock and the
 * timers that fall due run; everyone else is refused, and outside the demo profile the
 * page does not exist.
 */
@ApiTest
class DemoTimeTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RoundFixtures rounds;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	@Autowired
	private BusinessDate clock;

	@Autowired
	private DemoTime time;

	@Test
	void theOfficeMovesTheClockAndTheMinimumTimeOnSiteRunsOut() throws Exception {
		// an ordinary village on site: its minimum time on site is a timer 3 working
		// days after entry
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String pid = inspection.getProcessInstanceId();
		LocalDate today = TestClock.today();
		Map<String, Object> plan = ordinaryVillagePlan(today);
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_PlanInspection").getId(), plan);
		for (String briefing : List.of("Task_BriefingDiscipline", "Task_BriefingOrganization", "Task_BriefingPetition",
				"Task_BriefingAudit", "Task_BriefingTownship")) {
			this.tasks.complete(EngineSteps.task(this.tasks, pid, briefing).getId());
		}
		EngineSteps.runJobs(this.management, pid);
		assertThat(timers(pid)).isEqualTo(1);

		String page = page("/demo/time", "inspection-office");
		assertThat(page).contains("时间推进", "当前引擎时间", "id=\"engine-time\"", "最短进驻期满", "即将到期的定时器");

		Instant before = this.clock.now();
		this.mvc.perform(post("/demo/time/advance").param("days", "10").with(as("inspection-office")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/demo/time"));
		assertThat(Duration.between(before, this.clock.now())).isBetween(Duration.ofDays(10),
				Duration.ofDays(10).plusMinutes(5));
		assertThat(timers(pid)).as("the timer ran when the clock passed it").isZero();
		assertThat(this.tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ConductOnsite").count())
			.isEqualTo(1);
		assertThat(page("/demo/time", "inspection-office")).contains(this.clock.today().toString().substring(0, 8),
				"比实际时间");

		this.mvc
			.perform(post("/demo/time/run-due")
				.with(user("admin").authorities(new SimpleGrantedAuthority("camunda-admin")))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/demo/time"));
	}

	@Test
	void theOfficeMovesTheClockToTheNextTimerWhichWholeDaysFromMorningDoNotReach() throws Exception {
		Inspection inspection = this.rounds.inspection("inspection-team-1");
		String pid = inspection.getProcessInstanceId();
		Map<String, Object> plan = ordinaryVillagePlan(TestClock.today());
		this.tasks.complete(EngineSteps.task(this.tasks, pid, "Task_PlanInspection").getId(), plan);
		for (String briefing : List.of("Task_BriefingDiscipline", "Task_BriefingOrganization", "Task_BriefingPetition",
				"Task_BriefingAudit", "Task_BriefingTownship")) {
			this.tasks.complete(EngineSteps.task(this.tasks, pid, briefing).getId());
		}
		EngineSteps.runJobs(this.management, pid);
		Instant minimumOnsite = this.management.createJobQuery()
			.processInstanceId(pid)
			.timers()
			.singleResult()
			.getDuedate()
			.toInstant();
		assertThat(minimumOnsite.atZone(TestClock.COUNTY).toLocalTime().getHour())
			.as("最短进驻期满 falls due at the end of a day, which +3 天 from 10:00 does not reach")
			.isEqualTo(23);

		// other tests' timers may come first: each press reaches the soonest one
		for (int press = 0; press < 100 && timers(pid) > 0; press++) {
			this.mvc.perform(post("/demo/time/next").with(as("inspection-office")).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/demo/time"));
		}
		assertThat(timers(pid)).as("the timer ran").isZero();
		assertThat(Duration.between(minimumOnsite, this.clock.now())).as("just past the timer, not days past it")
			.isBetween(Duration.ofMinutes(1), Duration.ofMinutes(10));
		this.mvc.perform(post("/demo/time/next").with(as("leading-group")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.mvc
			.perform(post("/demo/time/next").param("within", "0").with(as("inspection-office")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("请输入 1 至 366 之间的天数");
	}

	@Test
	void nobodyButTheOfficeMayAndWrongDaysAreAChinesePage() throws Exception {
		Instant before = this.clock.now();
		for (String other : List.of("leading-group", "discipline-commission", "inspection-team-1", "township-t01",
				"village-t01v01", "process-admin")) {
			assertThat(this.mvc.perform(get("/demo/time").with(as(other)))
				.andExpect(status().isForbidden())
				.andReturn()
				.getResponse()
				.getContentAsString()).as(other).contains("只有巡察办可以推进演示时间");
			this.mvc.perform(post("/demo/time/advance").param("days", "30").with(as(other)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/demo/time/run-due").with(as(other)).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(Duration.between(before, this.clock.now())).isLessThan(Duration.ofMinutes(5));
		for (String days : List.of("0", "-3", "abc", "367", "")) {
			String refused = this.mvc
				.perform(post("/demo/time/advance").param("days", days).with(as("inspection-office")).with(csrf()))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(refused).as(days).contains("请输入 1 至 366 之间的天数");
		}
		this.mvc.perform(post("/demo/time/advance").param("days", "3").with(as("inspection-office")))
			.andExpect(status().isForbidden());
		assertThat(Duration.between(before, this.clock.now())).isLessThan(Duration.ofMinutes(5));
	}

	@Test
	void outsideTheDemoProfileThePageDoesNotExist() throws Exception {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");
		MockMvc outside = MockMvcBuilders.standaloneSetup(new DemoTimeController(this.time, production)).build();
		outside.perform(get("/demo/time")).andExpect(status().isNotFound());
		outside.perform(post("/demo/time/advance").param("days", "30")).andExpect(status().isNotFound());
		outside.perform(post("/demo/time/run-due")).andExpect(status().isNotFound());
		outside.perform(post("/demo/time/next")).andExpect(status().isNotFound());
	}

	private long timers(String pid) {
		return this.management.createJobQuery().processInstanceId(pid).timers().count();
	}

	private String page(String url, String user) throws Exception {
		return this.mvc.perform(get(url).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor as(String group) {
		return user(group).authorities(new SimpleGrantedAuthority(group));
	}

	/** The plan of an ordinary village on site from the given day. */
	private static Map<String, Object> ordinaryVillagePlan(LocalDate onsite) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("isKeyUnit", false);
		plan.put("unitCategory", "ORDINARY");
		plan.put("inspectionMode", "TOWNSHIP_VILLAGE");
		plan.put("auditMode", "SYNC");
		plan.put("teamGroup", "inspection-team-1");
		plan.put("teamLeaderName", "刘组长");
		plan.put("teamLeaderPhone", "13800000000");
		plan.put("onsiteStartDate", onsite.toString());
		return plan;
	}

}

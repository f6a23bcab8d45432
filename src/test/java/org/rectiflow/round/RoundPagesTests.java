package org.rectiflow.round;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.TestClock;
import org.rectiflow.support.Unique;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitCategory;
import org.rectiflow.unit.UnitPriority;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The round screens' refusals (decision 0027): each bad input is refused with a Chinese
 * message and writes nothing; the office changes, the supervisors read.
 */
@ApiTest
class RoundPagesTests {

	private static final CurrentUser OFFICE = RoundFixtures.OFFICE;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RoundPages pages;

	@Autowired
	private RoundFixtures fixtures;

	@Autowired
	private RoundUnitRepository entries;

	@Autowired
	private InspectionRepository inspections;

	@Autowired
	private Cadres cadres;

	@Autowired
	private Rounds rounds;

	@Autowired
	private TeamChangeRepository teamChanges;

	@Autowired
	private TeamMemberRepository teamMembers;

	@Autowired
	private org.rectiflow.calendar.WorkingDayCalendar workingDays;

	@Autowired
	private org.rectiflow.workflow.Deadlines deadlines;

	@Test
	void aRoundEndingBeforeItStartsOrWithoutANameIsRefusedAndNotSaved() throws Exception {
		String name = Unique.code("倒序轮次-");
		this.mvc
			.perform(post("/rounds").with(as("inspection-office"))
				.with(csrf())
				.param("name", name)
				.param("termStartYear", "2021")
				.param("termEndYear", "2026")
				.param("startsOn", "2026-12-20")
				.param("endsOn", "2026-12-10"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("结束日期不能早于开始日期")))
			.andExpect(content().string(containsString(name)));
		assertThat(this.rounds.named(name)).isEmpty();
		this.mvc
			.perform(post("/rounds").with(as("inspection-office"))
				.with(csrf())
				.param("termStartYear", "2021")
				.param("termEndYear", "2026")
				.param("startsOn", "2026-12-20"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写轮次名称")));
		this.mvc
			.perform(post("/rounds").with(as("inspection-office"))
				.with(csrf())
				.param("name", name)
				.param("termStartYear", "2026")
				.param("termEndYear", "2021")
				.param("startsOn", "2026-12-20"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("届期结束年份不能早于开始年份")));
		this.mvc
			.perform(post("/rounds").with(as("inspection-office"))
				.with(csrf())
				.param("name", name)
				.param("termStartYear", "2021")
				.param("termEndYear", "2026")
				.param("startsOn", "12/20"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("「开始日期」应为日期")));
		assertThat(this.rounds.named(name)).isEmpty();
	}

	@Test
	void aUnitTwiceInARoundIsRefusedAndNothingOfTheBatchIsAdded() throws Exception {
		InspectionRound round = round();
		InspectedUnit unit = this.fixtures.village("重复村", UnitPriority.KEY, UnitCategory.CONFLICT_PRONE);
		this.mvc
			.perform(post("/rounds/" + round.getId() + "/units").with(as("inspection-office"))
				.with(csrf())
				.param("unitCodes", unit.getCode()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/rounds/*"));
		assertThat(this.entries.findByRoundIdOrderById(round.getId())).singleElement()
			.satisfies((entry) -> assertThat(entry.getSuggestedMode()).isEqualTo(InspectionMode.DIRECT));
		this.mvc
			.perform(post("/rounds/" + round.getId() + "/units").with(as("inspection-office"))
				.with(csrf())
				.param("townshipCode", "T01"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("「重复村」 已在本轮中")));
		assertThat(this.entries.findByRoundIdOrderById(round.getId())).hasSize(1);
		this.mvc.perform(post("/rounds/" + round.getId() + "/units").with(as("inspection-office")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择乡镇(街道)、分类或具体的被巡察对象")));
	}

	@Test
	void theUnitPickerSearchesByNameTownshipOrCategoryOnePageAtATime() throws Exception {
		InspectionRound round = round();
		String marker = Unique.code("搜索");
		InspectedUnit first = this.fixtures.village(marker + "甲村", UnitPriority.KEY, UnitCategory.CONFLICT_PRONE);
		InspectedUnit second = this.fixtures.village(marker + "乙村", UnitPriority.ORDINARY);
		add(round, second);
		String url = "/rounds/" + round.getId() + "/unit-choices";

		// by name: the unit in the round is no longer offered
		this.mvc.perform(get(url).param("q", marker).with(as("inspection-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("找到 1 个")))
			.andExpect(content().string(containsString("value=\"" + first.getCode() + "\"")))
			.andExpect(content().string(containsString(marker + "甲村（")))
			.andExpect(content().string(containsString(" · 重点 · 矛盾问题突出）")))
			.andExpect(content().string(not(containsString(second.getCode()))));
		// by category and by township, paged
		RoundPages.UnitChoices byCategory = this.pages.unitChoices(round.getId(), "矛盾问题", 0, OFFICE);
		assertThat(byCategory.choices()).extracting(RoundPages.Choice::value).contains(first.getCode());
		assertThat(this.pages.unitChoices(round.getId(), first.getTownship().getName(), 0, OFFICE).total())
			.isPositive();
		assertThat(this.pages.unitChoices(round.getId(), marker + "无此村", 0, OFFICE).total()).isZero();
		for (int n = 0; n < RoundPages.CHOICES_PER_PAGE; n++) {
			this.fixtures.village(marker + "丙" + n + "村", UnitPriority.ORDINARY);
		}
		RoundPages.UnitChoices firstPage = this.pages.unitChoices(round.getId(), marker, 0, OFFICE);
		assertThat(firstPage.choices()).hasSize(RoundPages.CHOICES_PER_PAGE);
		assertThat(firstPage.total()).isEqualTo(RoundPages.CHOICES_PER_PAGE + 1);
		assertThat(firstPage.hasNext()).isTrue();
		RoundPages.UnitChoices next = this.pages.unitChoices(round.getId(), marker, 1, OFFICE);
		assertThat(next.choices()).hasSize(1);
		assertThat(next.hasNext()).isFalse();
		assertThat(next.choices()).extracting(RoundPages.Choice::value)
			.doesNotContainAnyElementsOf(firstPage.choices().stream().map(RoundPages.Choice::value).toList());
		this.mvc.perform(get(url).param("q", marker).with(as("inspection-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit-choices-more\"")));
		// refused: a search too long (400), the leading group (403)
		this.mvc.perform(get(url).param("q", "青".repeat(51)).with(as("inspection-office")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get(url).param("q", marker).with(as("leading-group"))).andExpect(status().isForbidden());
		// the ticked unit is added from the picker
		this.mvc
			.perform(post("/rounds/" + round.getId() + "/units").with(as("inspection-office"))
				.with(csrf())
				.param("q", marker)
				.param("unitCodes", first.getCode()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.entries.findByRoundIdOrderById(round.getId())).extracting(RoundUnit::getUnitCode)
			.containsExactlyInAnyOrder(first.getCode(), second.getCode());
	}

	@Test
	void aRecusedCadreIsRefusedWithTheRelationNamed() {
		InspectionRound round = round();
		InspectedUnit unit = this.fixtures.village("回避村", UnitPriority.ORDINARY);
		long entry = add(round, unit);
		Cadre home = this.cadres.create(new CadreForm("张本村", unit.getCode(), null, "村干部", null, null), OFFICE);
		Cadre related = this.cadres.create(new CadreForm("李亲属", "T02V01", "dept-agriculture", "科员", null,
				List.of(new CadreForm.Relation(unit.getCode(), "与该村党支部书记系表兄弟"))), OFFICE);
		assertThatThrownBy(() -> this.pages.addMember(round.getId(), entry, home.getId(), TeamRole.MEMBER, OFFICE))
			.hasMessageStartingWith("「张本村」回避：该干部来自被巡察单位 回避村");
		assertThatThrownBy(() -> this.pages.addMember(round.getId(), entry, related.getId(), TeamRole.LEADER, OFFICE))
			.hasMessageStartingWith("「李亲属」回避：该干部与被巡察单位 回避村 的负责人有利害关系（与该村党支部书记系表兄弟）");
		assertThat(this.entries.findById(entry).orElseThrow().getMembers()).isEmpty();
	}

	@Test
	void theRecusalShowsBesideEachCadreAndARefusalOnThePageIsChinese() throws Exception {
		InspectionRound round = round();
		InspectedUnit unit = this.fixtures.village("页面回避村", UnitPriority.ORDINARY);
		long entry = add(round, unit);
		Cadre home = this.cadres.create(new CadreForm(Unique.code("王本村"), unit.getCode(), null, null, null, null),
				OFFICE);
		String page = "/rounds/" + round.getId() + "/units/" + entry;
		this.mvc.perform(get(page).with(as("inspection-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("回避：该干部来自被巡察单位 页面回避村")));
		this.mvc
			.perform(post(page + "/members").with(as("inspection-office"))
				.with(csrf())
				.param("cadreId", String.valueOf(home.getId()))
				.param("role", "MEMBER"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("回避：该干部来自被巡察单位 页面回避村")))
			.andExpect(content().string(not(containsString("recusal:"))));
		assertThat(this.entries.findById(entry).orElseThrow().getMembers()).isEmpty();
	}

	@Test
	void missingDatesAndALeaveBeforeTheEntryAreRefused() {
		InspectionRound round = round();
		long entry = add(round, this.fixtures.village("日期村", UnitPriority.ORDINARY));
		LocalDate today = TestClock.today();
		assertThatThrownBy(() -> this.pages.assign(round.getId(),
				new RoundPages.Assign(List.of(entry), "inspection-team-1", null, today.plusDays(20)), OFFICE))
			.hasMessageStartingWith("请填写进驻日期");
		assertThatThrownBy(() -> this.pages.assign(round.getId(),
				new RoundPages.Assign(List.of(entry), "inspection-team-1", today.plusDays(10), null), OFFICE))
			.hasMessageStartingWith("请填写撤离日期");
		assertThatThrownBy(() -> this.pages.plan(round.getId(), entry,
				new RoundPages.PlanUnit("inspection-team-1", AuditMode.AUDIT_ALONGSIDE, today.plusDays(10),
						today.plusDays(5)),
				OFFICE))
			.hasMessageStartingWith("撤离日期 " + today.plusDays(5) + " 不能早于进驻日期 " + today.plusDays(10));
		assertThatThrownBy(() -> this.pages.plan(round.getId(), entry, new RoundPages.PlanUnit("inspection-team-3",
				AuditMode.AUDIT_ALONGSIDE, today.plusDays(10), today.plusDays(15)), OFFICE))
			.hasMessageStartingWith("「第三巡察组」不是本轮的巡察组");
		RoundUnit unchanged = this.entries.findById(entry).orElseThrow();
		assertThat(unchanged.getTeamGroupId()).isNull();
		assertThat(unchanged.getEntryOn()).isNull();
	}

	@Test
	void leaveDatesBeforeTheMinimumTimeOnSiteAreRefusedWithTheMinimumFromTheTimersSetting() throws Exception {
		InspectionRound round = round();
		InspectedUnit key = this.fixtures.village("重点进驻村", UnitPriority.KEY);
		InspectedUnit ordinary = this.fixtures.village("一般进驻村", UnitPriority.ORDINARY);
		long keyEntry = add(round, key);
		long ordinaryEntry = add(round, ordinary);
		LocalDate entryOn = TestClock.today().plusDays(10);
		LocalDate keyEarliest = this.workingDays.plusWorkingDays(entryOn, 10);
		LocalDate ordinaryEarliest = this.workingDays.plusWorkingDays(entryOn, 3);
		assertThat(this.deadlines.dueIn("onsite-minimum-key", entryOn.toString()))
			.isEqualTo(java.util.Date.from(keyEarliest.atTime(23, 59, 59).atZone(TestClock.COUNTY).toInstant()));

		// both too short: both named, nothing written
		assertThatThrownBy(() -> this.pages.assign(round.getId(),
				new RoundPages.Assign(List.of(keyEntry, ordinaryEntry), "inspection-team-1", entryOn,
						ordinaryEarliest.minusDays(1)),
				OFFICE))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("「重点进驻村」为重点村（社区），进驻时间不少于 10 个工作日：自 " + entryOn + " 进驻，最早 " + keyEarliest + " 撤离")
			.hasMessageContaining("「一般进驻村」为一般村（社区），进驻时间不少于 3 个工作日：自 " + entryOn + " 进驻，最早 " + ordinaryEarliest + " 撤离");
		// long enough for the ordinary unit only: the key unit is refused, neither is
		// planned
		this.mvc
			.perform(post("/rounds/" + round.getId() + "/assign").with(as("inspection-office"))
				.with(csrf())
				.param("entryIds", String.valueOf(keyEntry), String.valueOf(ordinaryEntry))
				.param("teamGroupId", "inspection-team-1")
				.param("entryOn", entryOn.toString())
				.param("leaveOn", keyEarliest.minusDays(1).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("「重点进驻村」为重点村（社区），进驻时间不少于 10 个工作日")))
			.andExpect(content().string(not(containsString("「一般进驻村」为一般村"))));
		assertThat(this.entries.findById(keyEntry).orElseThrow().getEntryOn()).isNull();
		assertThat(this.entries.findById(ordinaryEntry).orElseThrow().getEntryOn()).isNull();
		this.mvc
			.perform(post("/rounds/" + round.getId() + "/units/" + keyEntry).with(as("inspection-office"))
				.with(csrf())
				.param("teamGroupId", "inspection-team-1")
				.param("auditMode", "AUDIT_ALONGSIDE")
				.param("entryOn", entryOn.toString())
				.param("leaveOn", keyEarliest.minusDays(1).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("最早 " + keyEarliest + " 撤离")))
			.andExpect(content().string(containsString("最短进驻时间（自进驻日起算）：重点村（社区）10 个工作日，一般村（社区）3 个工作日")));
		assertThat(this.entries.findById(keyEntry).orElseThrow().getEntryOn()).isNull();

		// on the day the timer fires: accepted
		this.pages.assign(round.getId(),
				new RoundPages.Assign(List.of(keyEntry, ordinaryEntry), "inspection-team-1", entryOn, keyEarliest),
				OFFICE);
		assertThat(this.entries.findById(keyEntry).orElseThrow().getLeaveOn()).isEqualTo(keyEarliest);
	}

	@Test
	void startingIsAllOrNothingAndAStartedInspectionIsNotStartedTwice() throws Exception {
		InspectionRound round = round();
		long ready = add(round, this.fixtures.village("就绪村", UnitPriority.ORDINARY));
		long notReady = add(round, this.fixtures.village("未就绪村", UnitPriority.ORDINARY));
		LocalDate today = TestClock.today();
		this.pages.assign(round.getId(),
				new RoundPages.Assign(List.of(ready), "inspection-team-1", today.plusDays(10), today.plusDays(20)),
				OFFICE);
		this.mvc.perform(post("/rounds/" + round.getId() + "/start").with(as("inspection-office")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("「未就绪村」尚未指定巡察组")))
			.andExpect(content().string(containsString("未启动任何巡察")));
		assertThat(startedIn(round)).isZero();
		assertThat(this.entries.findById(ready).orElseThrow().isStarted()).isFalse();

		this.mvc
			.perform(post("/rounds/" + round.getId() + "/units/" + ready + "/start").with(as("inspection-office"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(startedIn(round)).isOne();
		Inspection inspection = this.inspections.findById(this.entries.findById(ready).orElseThrow().getInspectionId())
			.orElseThrow();
		assertThat(inspection.getProcessInstanceId()).isNotNull();
		assertThat(inspection.getPlannedEntryOn()).isEqualTo(today.plusDays(10));
		this.mvc
			.perform(post("/rounds/" + round.getId() + "/units/" + ready + "/start").with(as("inspection-office"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("「就绪村」的巡察已启动，不能重复启动")));
		assertThat(startedIn(round)).isOne();

		this.pages.remove(round.getId(), notReady, OFFICE);
		assertThatThrownBy(() -> this.pages.startAll(round.getId(), OFFICE)).hasMessageStartingWith("本轮没有待启动的巡察");
		this.mvc.perform(get("/rounds/" + round.getId()).with(as("leading-group")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/inspections/" + inspection.getId() + "/record")))
			.andExpect(content().string(containsString("巡察准备")))
			.andExpect(content().string(not(containsString("id=\"add-units\""))));
	}

	@Test
	void theTeamOfAStartedInspectionChangesOnThePageWithTheRecusalCheckAndAReasonKeptInHistory() throws Exception {
		InspectionRound round = round();
		InspectedUnit unit = this.fixtures.village("调整组员村", UnitPriority.ORDINARY);
		long entry = add(round, unit);
		LocalDate today = TestClock.today();
		this.pages.assign(round.getId(),
				new RoundPages.Assign(List.of(entry), "inspection-team-1", today.plusDays(10), today.plusDays(20)),
				OFFICE);
		Cadre leader = this.cadres.create(new CadreForm(Unique.code("原组长"), null, null, "科员", null, null), OFFICE);
		this.pages.addMember(round.getId(), entry, leader.getId(), TeamRole.LEADER, OFFICE);
		this.pages.startOne(round.getId(), entry, OFFICE);
		long inspectionId = this.entries.findById(entry).orElseThrow().getInspectionId();
		Cadre newcomer = this.cadres.create(new CadreForm(Unique.code("新组员"), null, null, "科员", null, null), OFFICE);
		Cadre home = this.cadres.create(new CadreForm(Unique.code("本村人"), unit.getCode(), null, null, null, null),
				OFFICE);
		String page = "/rounds/" + round.getId() + "/units/" + entry;

		// the plan's cadres are the first lines of the history
		assertThat(this.teamChanges.findByInspectionIdOrderByChangedAtDescIdDesc(inspectionId)).singleElement()
			.satisfies((change) -> {
				assertThat(change.getCadreName()).isEqualTo(leader.getName());
				assertThat(change.getReason()).isEqualTo("按巡察计划组建");
			});
		this.mvc.perform(get(page).with(as("inspection-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("调整巡察组（巡察已启动，须说明理由）")))
			.andExpect(content().string(containsString("按巡察计划组建")));

		// refused: no reason (400), a recused cadre (409), a second leader (409), another
		// caller (403)
		this.mvc
			.perform(post(page + "/team").with(as("inspection-office"))
				.with(csrf())
				.param("cadreId", String.valueOf(newcomer.getId()))
				.param("role", "MEMBER")
				.param("reason", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("巡察启动后调整巡察组，须说明理由")));
		this.mvc
			.perform(post(page + "/team").with(as("inspection-office"))
				.with(csrf())
				.param("cadreId", String.valueOf(home.getId()))
				.param("role", "MEMBER")
				.param("reason", "补充力量"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("「" + home.getName() + "」回避：该干部来自被巡察单位 调整组员村")));
		this.mvc
			.perform(post(page + "/team").with(as("inspection-office"))
				.with(csrf())
				.param("cadreId", String.valueOf(newcomer.getId()))
				.param("role", "LEADER")
				.param("reason", "加强领导"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("本组已有组长「" + leader.getName() + "」")));
		this.mvc
			.perform(post(page + "/team").with(as("leading-group"))
				.with(csrf())
				.param("cadreId", String.valueOf(newcomer.getId()))
				.param("role", "MEMBER")
				.param("reason", "补充力量"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(page + "/team/remove").with(as("inspection-office"))
				.with(csrf())
				.param("cadreId", String.valueOf(newcomer.getId()))
				.param("reason", "不在组中"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该干部不在本组中")));
		assertThat(teamOf(inspectionId)).containsExactly(leader.getName());
		assertThat(this.teamChanges.findByInspectionIdOrderByChangedAtDescIdDesc(inspectionId)).hasSize(1);

		// accepted: a member added and the leader taken off, each with its reason
		this.mvc
			.perform(post(page + "/team").with(as("inspection-office"))
				.with(csrf())
				.param("cadreId", String.valueOf(newcomer.getId()))
				.param("role", "MEMBER")
				.param("reason", "村集体资产问题较多，增派财务干部"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(page + "/team/remove").with(as("inspection-office"))
				.with(csrf())
				.param("cadreId", String.valueOf(leader.getId()))
				.param("reason", "原组长因病不能继续参加"))
			.andExpect(status().is3xxRedirection());
		assertThat(teamOf(inspectionId)).containsExactly(newcomer.getName());
		assertThat(this.teamChanges.findByInspectionIdOrderByChangedAtDescIdDesc(inspectionId))
			.extracting((change) -> change.getKind().label() + " " + change.getCadreName() + " " + change.getReason())
			.containsExactlyInAnyOrder("加入 " + leader.getName() + " 按巡察计划组建",
					"加入 " + newcomer.getName() + " 村集体资产问题较多，增派财务干部", "移出 " + leader.getName() + " 原组长因病不能继续参加");
		this.mvc.perform(get(page).with(as("leading-group")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("原组长因病不能继续参加")))
			.andExpect(content().string(not(containsString("id=\"team-add-form\""))));
	}

	@Test
	void aCadreTakenOutOfThePoolIsNoLongerOfferedNorAcceptedButPastTeamsKeepTheName() throws Exception {
		InspectionRound round = round();
		long started = add(round, this.fixtures.village("停用前村", UnitPriority.ORDINARY));
		long planned = add(round, this.fixtures.village("停用后村", UnitPriority.ORDINARY));
		LocalDate today = TestClock.today();
		this.pages.assign(round.getId(), new RoundPages.Assign(List.of(started, planned), "inspection-team-1",
				today.plusDays(10), today.plusDays(20)), OFFICE);
		String name = Unique.code("调离干部");
		Cadre cadre = this.cadres.create(new CadreForm(name, null, "dept-finance", "科员", null, null), OFFICE);
		this.pages.addMember(round.getId(), started, cadre.getId(), TeamRole.MEMBER, OFFICE);
		this.pages.startOne(round.getId(), started, OFFICE);

		// the office takes the cadre out of the pool on the cadre's page (停用)
		this.mvc
			.perform(post("/reference/cadres/" + cadre.getId()).with(as("inspection-office"))
				.with(csrf())
				.param("name", name)
				.param("departmentGroupId", "dept-finance")
				.param("position", "科员")
				.param("availability", "AVAILABLE")
				.param("active", "false"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/reference/cadres").with(as("inspection-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已停用")));

		// no longer offered nor accepted for a new team ...
		String plannedPage = "/rounds/" + round.getId() + "/units/" + planned;
		this.mvc.perform(get(plannedPage).with(as("inspection-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(name))));
		this.mvc
			.perform(post(plannedPage + "/members").with(as("inspection-office"))
				.with(csrf())
				.param("cadreId", String.valueOf(cadre.getId()))
				.param("role", "MEMBER"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("「" + name + "」该干部已停用，不在巡察人才库中")));
		assertThat(this.entries.findById(planned).orElseThrow().getMembers()).isEmpty();
		// ... while the team it was on still shows the name
		this.mvc.perform(get("/rounds/" + round.getId() + "/units/" + started).with(as("leading-group")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		assertThat(teamOf(this.entries.findById(started).orElseThrow().getInspectionId())).containsExactly(name);
	}

	@Test
	void aChangedModeNeedsItsReasonWhichIsKept() {
		InspectionRound round = round();
		long entry = add(round, this.fixtures.village("方式村", UnitPriority.ORDINARY));
		assertThatThrownBy(() -> this.pages.chooseMode(round.getId(), entry, InspectionMode.DIRECT, " ", OFFICE))
			.hasMessageStartingWith("把建议的巡察方式「乡村一体巡」改为「直接巡」，须说明理由");
		this.pages.chooseMode(round.getId(), entry, InspectionMode.DIRECT, "信访问题集中，需直接巡察", OFFICE);
		RoundUnit changed = this.entries.findById(entry).orElseThrow();
		assertThat(changed.getMode()).isEqualTo(InspectionMode.DIRECT);
		assertThat(changed.getSuggestedMode()).isEqualTo(InspectionMode.TOWNSHIP_AND_VILLAGE);
		assertThat(changed.getModeReason()).isEqualTo("信访问题集中，需直接巡察");
		assertThat(changed.getModeChangedBy()).isEqualTo("inspection-office");
	}

	@Test
	void onlyTheOfficeChangesAndOnlySupervisorsRead() throws Exception {
		InspectionRound round = round();
		this.mvc.perform(get("/rounds").with(as("leading-group"))).andExpect(status().isOk());
		this.mvc.perform(get("/rounds").with(as("inspection-team-1")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("巡察轮次的安排仅供")));
		this.mvc
			.perform(post("/rounds/" + round.getId() + "/units").with(as("leading-group"))
				.with(csrf())
				.param("townshipCode", "T01"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/rounds/999999999").with(as("inspection-office"))).andExpect(status().isNotFound());
		assertThat(this.entries.findByRoundIdOrderById(round.getId())).isEmpty();
	}

	private InspectionRound round() {
		return this.pages.create(new RoundPages.RoundEdit(Unique.code("页面轮次-"), 2021, 2026,
				TestClock.today().minusDays(1), null, List.of("inspection-team-1", "inspection-team-2")), OFFICE);
	}

	private long add(InspectionRound round, InspectedUnit unit) {
		this.pages.addUnits(round.getId(), new RoundPages.AddUnits(null, null, List.of(unit.getCode())), OFFICE);
		return this.entries.findByRoundIdOrderById(round.getId())
			.stream()
			.filter((entry) -> entry.getUnitCode().equals(unit.getCode()))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private List<String> teamOf(long inspectionId) {
		return this.teamMembers.findByInspectionOrderById(this.inspections.findById(inspectionId).orElseThrow())
			.stream()
			.map((member) -> member.getCadre().getName())
			.toList();
	}

	private long startedIn(InspectionRound round) {
		return this.inspections.findAll().stream().filter((i) -> i.getRound().getId().equals(round.getId())).count();
	}

	private static RequestPostProcessor as(String group) {
		return user(group).authorities(new SimpleGrantedAuthority(group));
	}

}

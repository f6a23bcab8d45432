package org.rectiflow.rectification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rectiflow.identity.CurrentUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger's queries against the database: the scope is part of the query (so counts
 * and pages are right), empty deadlines sort last, and the export stream sees the same
 * rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class LedgerRepositoryTests {

	@Autowired
	private LedgerQueries queries;

	@Autowired
	private LedgerFixtures fixtures;

	@Autowired
	private LedgerStatistics statistics;

	@Test
	void theScopeIsInTheQuerySoPagesAndCountsOnlyHoldReadableItems() {
		long round = LedgerFixtures.nextId();
		for (int i = 0; i < 7; i++) {
			this.fixtures.inProgress(round, "T03V06", "dept-natural-resources", "POLICY", "耕地保护第" + i + "项",
					LedgerFixtures.today().plusDays(20 + i));
		}
		for (int i = 0; i < 5; i++) {
			this.fixtures.open(round, "T03C05", "dept-civil-affairs", "SERVICE", "便民服务第" + i + "项");
		}
		LedgerFilter filter = LedgerFilter.none().withRound(round);
		CurrentUser department = LedgerFixtures.user("dept-natural-resources");
		Page<RectificationItem> first = this.queries.search(filter, page(0, 3), department);
		assertThat(first.getTotalElements()).isEqualTo(7);
		assertThat(first.getTotalPages()).isEqualTo(3);
		assertThat(first.getContent()).extracting(RectificationItem::getSupervisingDeptGroup)
			.containsOnly("dept-natural-resources");
		assertThat(this.queries.search(filter, page(2, 3), department).getContent()).hasSize(1);

		CurrentUser community = LedgerFixtures.user("village-t03c05");
		assertThat(this.queries.count(filter, community)).isEqualTo(5);
		assertThat(this.queries.count(filter, LedgerFixtures.user("township-t03"))).isEqualTo(12);
		assertThat(this.queries.count(filter, new CurrentUser("nobody", Set.of()))).isZero();
		assertThat(
				this.queries.count(filter, new CurrentUser("both", Set.of("village-t03c05", "dept-natural-resources"))))
			.isEqualTo(12);
	}

	@Test
	void theWeeklyTrendCountsAnItemInTheWeekItOpenedAndTheWeekItWentOverdueAndNothingOlder() {
		CurrentUser village = LedgerFixtures.user("village-t03v06");
		LedgerStatistics.WeeklyTrend before = this.statistics.weekly(12, village);
		long round = LedgerFixtures.nextId();
		LocalDate lastWeek = LedgerFixtures.today().minusWeeks(1);
		this.fixtures.open(round, "T03V06", "dept-natural-resources", "POLICY", "上周到期仍未整改", lastWeek);
		this.fixtures.open(round, "T03V06", "dept-natural-resources", "POLICY", "两年前到期仍未整改",
				LedgerFixtures.today().minusYears(2));
		LedgerStatistics.WeeklyTrend after = this.statistics.weekly(12, village);

		assertThat(after.weekStarts()).hasSize(12).last().isEqualTo(LedgerFixtures.today().with(DayOfWeek.MONDAY));
		assertThat(after.opened()[11] - before.opened()[11]).as("both opened this week").isEqualTo(2);
		// overdue from the day after the deadline: the week holding that day, and no week
		// for the old one
		int week = after.weekStarts().indexOf(lastWeek.plusDays(1).with(DayOfWeek.MONDAY));
		long[] wentOverdue = new long[12];
		for (int i = 0; i < 12; i++) {
			wentOverdue[i] = after.wentOverdue()[i] - before.wentOverdue()[i];
		}
		assertThat(wentOverdue[week]).isEqualTo(1);
		assertThat(java.util.Arrays.stream(wentOverdue).sum()).isEqualTo(1);
	}

	@Test
	void itemsWithoutADeadlineComeLastAndEveryPageIsStable() {
		long round = LedgerFixtures.nextId();
		RectificationItem noDeadline = this.fixtures.open(round, "T01V03", "dept-finance", "POLICY", "没有期限");
		RectificationItem later = this.fixtures.inProgress(round, "T01V03", "dept-finance", "POLICY", "较晚",
				LedgerFixtures.today().plusDays(50));
		RectificationItem sooner = this.fixtures.inProgress(round, "T01V03", "dept-finance", "POLICY", "较早",
				LedgerFixtures.today().plusDays(5));
		LedgerFilter filter = LedgerFilter.none().withRound(round);
		CurrentUser office = LedgerFixtures.user("inspection-office");
		assertThat(ids(this.queries.search(filter, page(0, 10), office))).containsExactly(sooner.getId(), later.getId(),
				noDeadline.getId());
		Sort descending = LedgerQueries.checkedSort(Sort.by(Sort.Order.desc("deadline")));
		assertThat(ids(this.queries.search(filter, PageRequest.of(0, 10, descending), office)))
			.containsExactly(noDeadline.getId(), later.getId(), sooner.getId());
		List<Long> streamed = new ArrayList<>();
		this.queries.forEach(filter, LedgerQueries.checkedSort(Sort.unsorted()), office,
				(item) -> streamed.add(item.getId()));
		assertThat(streamed).containsExactly(sooner.getId(), later.getId(), noDeadline.getId());
	}

	@Test
	void onlyKnownSortKeysAreAccepted() {
		assertThatThrownBy(() -> LedgerQueries.checkedSort(Sort.by("findingText")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("findingText");
		assertThat(LedgerQueries.checkedSort(Sort.by("findingId")).stream().map(Sort.Order::getProperty))
			.containsExactly("id");
	}

	private static PageRequest page(int page, int size) {
		return PageRequest.of(page, size, LedgerQueries.checkedSort(Sort.unsorted()));
	}

	private static List<Long> ids(Page<RectificationItem> page) {
		return page.getContent().stream().map(RectificationItem::getId).toList();
	}

}

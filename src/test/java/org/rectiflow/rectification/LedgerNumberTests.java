package org.rectiflow.rectification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Unique;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitCategory;
import org.rectiflow.unit.UnitKind;
import org.rectiflow.unit.UnitPriority;
import org.rectiflow.unit.UnitRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: every item has a ledger number of its own (decision 0035),
 * 〔year〕township-unit- serial, given once and without gaps or duplicates even when items
 * of one unit are opened at the same time; the ledger shows it and finds it.
 */
@ApiTest
class LedgerNumberTests {

	@Autowired
	private LedgerFixtures fixtures;

	@Autowired
	private UnitRegistry units;

	@Autowired
	private MockMvc mvc;

	@Test
	void itemsOpenedTogetherGetConsecutiveNumbersOfTheirUnit() throws Exception {
		String name = "编号" + Unique.code("") + "村";
		InspectedUnit village = this.units.registerVillage("T01", Unique.code("V"), name, UnitKind.VILLAGE,
				UnitPriority.ORDINARY, EnumSet.noneOf(UnitCategory.class));
		long round = LedgerFixtures.nextId();
		int count = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(count);
		List<Future<RectificationItem>> opened = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				String text = "同时建账的问题 " + i;
				Callable<RectificationItem> open = () -> {
					start.await();
					return this.fixtures.open(round, village.getCode(), "dept-agriculture", "INTEGRITY", text);
				};
				opened.add(pool.submit(open));
			}
			start.countDown();
			List<String> numbers = new ArrayList<>();
			for (Future<RectificationItem> item : opened) {
				numbers.add(item.get().getLedgerNumber());
			}
			String prefix = "〔" + LedgerFixtures.today().getYear() + "〕青山镇-" + name + "-";
			assertThat(numbers).containsExactlyInAnyOrderElementsOf(
					IntStream.rangeClosed(1, count).mapToObj((serial) -> prefix + "%03d".formatted(serial)).toList());

			String third = prefix + "003";
			String page = this.mvc
				.perform(get("/console/ledger").param("q", third)
					.with(user("inspection-office").authorities(new SimpleGrantedAuthority("inspection-office"))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains(third).doesNotContain(prefix + "002").doesNotContain(prefix + "004");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theNumberReadsYearTownshipUnitAndSerial() {
		assertThat(LedgerNumbers.number(LedgerNumbers.prefix(2026, "城关镇", "东村"), 3)).isEqualTo("〔2026〕城关镇-东村-003");
		assertThat(LedgerNumbers.number(LedgerNumbers.prefix(2026, "城关镇", "城关镇"), 12)).isEqualTo("〔2026〕城关镇-012");
		assertThat(LedgerNumbers.number(LedgerNumbers.prefix(2027, "城关镇", "东村"), 1234)).isEqualTo("〔2027〕城关镇-东村-1234");
	}

}

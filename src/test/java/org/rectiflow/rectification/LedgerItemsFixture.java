package org.rectiflow.rectification;

import java.time.LocalDate;

import org.rectiflow.support.TestClock;

import org.springframework.stereotype.Component;

/**
 * Ledger items for other modules' tests (e.g. the evaluation page lists a unit's items):
 * opened and planned as the item's process would.
 */
@Component
public class LedgerItemsFixture {

	private final RectificationLedger ledger;

	LedgerItemsFixture(RectificationLedger ledger) {
		this.ledger = ledger;
	}

	/** A planned item (整改中) of an inspection of unit {@code unitCode}. */
	public Long plannedItem(long inspectionId, String unitCode, String findingText, String measures) {
		RectificationItem item = this.ledger.open(new OpenItemCommand(LedgerFixtures.nextId(), findingText, "SERVICE",
				"服务群众", null, inspectionId, unitCode, "dept-civil-affairs", null, null));
		return this.ledger.recordPlan(item.getId(), LedgerFixtures.plan(measures, TestClock.today().plusMonths(2)))
			.getId();
	}

}

package org.rectiflow.rectification;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/** Ledger items in states other modules' tests need, made through the ledger itself. */
@Component
public class LedgerSeeds {

	private final LedgerFixtures fixtures;

	private final RectificationLedger ledger;

	private final ReviewParties parties;

	LedgerSeeds(LedgerFixtures fixtures, RectificationLedger ledger, ReviewParties parties) {
		this.fixtures = fixtures;
		this.ledger = ledger;
		this.parties = parties;
	}

	/**
	 * An item of the unit that all review parties approved and that is signed off (已销号).
	 */
	public RectificationItem signedOff(String unitCode, String department) {
		RectificationItem item = this.fixtures.inProgress(LedgerFixtures.nextId(), unitCode, department,
				"COLLECTIVE_ASSETS", "集体资产台账不清", LedgerFixtures.today().plusDays(30));
		this.fixtures.attachPng(item);
		this.ledger.submitForReview(item.getId(), new ImplementationReport("已清理资产并公示", new BigDecimal("100"), 1));
		for (ReviewParty party : this.parties.all()) {
			this.ledger.recordVote(item.getId(), new VoteCommand(party.id(), ReviewDecision.APPROVE, null, "tester"));
		}
		return this.ledger.signOff(item.getId());
	}

}

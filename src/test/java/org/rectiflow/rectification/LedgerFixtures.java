package org.rectiflow.rectification;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.support.TestClock;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * Seeds ledger items for tests through {@link RectificationLedger}, with ids that are
 * unique across tests and runs (the Spring context, and a PostgreSQL database, are
 * shared).
 */
@Component
class LedgerFixtures {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 100);

	private final RectificationLedger ledger;

	private final EvidenceStore evidence;

	LedgerFixtures(RectificationLedger ledger, EvidenceStore evidence) {
		this.ledger = ledger;
		this.evidence = evidence;
	}

	static long nextId() {
		return IDS.incrementAndGet();
	}

	static LocalDate today() {
		return TestClock.today();
	}

	static CurrentUser user(String group) {
		return new CurrentUser(group, Set.of(group));
	}

	/** A new item in 待制定措施. */
	RectificationItem open(long roundId, String unitCode, String department, String category, String text) {
		return open(roundId, unitCode, department, category, text, null);
	}

	RectificationItem open(long roundId, String unitCode, String department, String category, String text,
			LocalDate deadline) {
		return this.ledger.open(new OpenItemCommand(nextId(), text, category, null, roundId, roundId * 10, unitCode,
				department, deadline, null));
	}

	/** A new item in 整改中 with the given deadline (today or later). */
	RectificationItem inProgress(long roundId, String unitCode, String department, String category, String text,
			LocalDate deadline) {
		RectificationItem item = open(roundId, unitCode, department, category, text);
		return this.ledger.recordPlan(item.getId(), plan("措施：" + text + "，逐户核实并公示整改结果", deadline));
	}

	static RecordPlanCommand plan(String measures, LocalDate deadline) {
		return new RecordPlanCommand(null, "张三", "13800000000", measures, deadline, false);
	}

	/**
	 * A new item in 整改中 whose deadline passed {@code daysAgo} days ago: planned with the
	 * engine's clock set back.
	 */
	RectificationItem overdue(long roundId, String unitCode, String department, String category, String text,
			int daysAgo) {
		RectificationItem item = open(roundId, unitCode, department, category, text);
		LocalDate deadline = today().minusDays(daysAgo);
		ClockUtil.setCurrentTime(Date.from(TestClock.now().minus(Duration.ofDays(daysAgo + 10L))));
		try {
			return this.ledger.recordPlan(item.getId(), plan("措施：" + text + "，逐户核实并公示整改结果", deadline));
		}
		finally {
			TestClock.reset();
		}
	}

	RectificationItem warn(RectificationItem item, WarningLevel level) {
		return this.ledger.warn(item.getId(), level);
	}

	/** Uploads a small PNG as the item's own unit. */
	EvidenceAttachment attachPng(RectificationItem item) {
		try {
			return this.evidence.attach(item.getId(), user(item.getUnitGroup()), "现场照片.png", "image/png", PNG.length,
					new ByteArrayResource(PNG));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An item under review (整改中 → evidence → 四方会审中). */
	RectificationItem underReview(long roundId, String unitCode, String department) {
		RectificationItem item = inProgress(roundId, unitCode, department, "COLLECTIVE_ASSETS", "集体资产台账不清",
				today().plusDays(30));
		attachPng(item);
		return this.ledger.submitForReview(item.getId(),
				new ImplementationReport("已清理资产并公示", new java.math.BigDecimal("1200.50"), 2));
	}

}

package org.rectiflow.rectification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rectiflow.common.RuleViolationException;

/**
 * One line of the rectification ledger (整改台账): a finding, who fixes it by when, how far
 * it is, and how it is warned about. It keeps copies of the finding, unit, township and
 * department fields the ledger filters and prints, so the ledger needs no joins across
 * modules. Its state changes only through its {@code rectification-item} process, whose
 * business key is this item's id.
 */
@Entity
@Table(name = "rectification_item")
public class RectificationItem {

	/** The finding's id: one item per finding, and the business key of its process. */
	@Id
	private Long id;

	/** 台账编号, 〔2026〕城关镇-东村-003: given once, when the item is opened (decision 0035). */
	@Column(nullable = false, length = 320, updatable = false)
	private String ledgerNumber;

	@Column(nullable = false, length = 300, updatable = false)
	private String ledgerPrefix;

	@Column(nullable = false, updatable = false)
	private int ledgerSerial;

	@Column(nullable = false, length = 8000)
	private String findingText;

	@Column(nullable = false, length = 32)
	private String category;

	@Column(nullable = false, length = 64)
	private String categoryName;

	private Long roundId;

	@Column(nullable = false)
	private Long inspectionId;

	private Long unitId;

	private LocalDate feedbackDate;

	@Column(nullable = false, length = 32)
	private String unitCode;

	@Column(nullable = false, length = 100)
	private String unitName;

	@Column(nullable = false, length = 64)
	private String unitGroup;

	@Column(nullable = false, length = 32)
	private String townshipCode;

	@Column(nullable = false, length = 100)
	private String townshipName;

	@Column(nullable = false, length = 64)
	private String townshipGroup;

	@Column(nullable = false, length = 64)
	private String supervisingDeptGroup;

	@Column(nullable = false, length = 100)
	private String supervisingDeptName;

	@Column(length = 200)
	private String responsibleUnit;

	@Column(length = 50)
	private String responsiblePerson;

	@Column(length = 20)
	private String responsiblePhone;

	@Column(length = 4000)
	private String measures;

	@Column(length = 4000)
	private String implementationSummary;

	@Column(precision = 14, scale = 2)
	private BigDecimal moneyRecoveredYuan;

	private Integer mattersSolved;

	private LocalDate deadline;

	private LocalDate originalDeadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private WarningColour colour = WarningColour.NONE;

	@Column(nullable = false)
	private boolean flagged;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ItemState state = ItemState.TO_PLAN;

	@Column(nullable = false)
	private int reviewRound;

	@Column(nullable = false)
	private int returnCount;

	@Column(nullable = false)
	private boolean longTerm;

	private LocalDate signedOffOn;

	@Column(length = 64)
	private String processInstanceId;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private Long version;

	protected RectificationItem() {
	}

	static RectificationItem open(OpenItemCommand command, UnitCopy unit, String departmentName, String categoryName,
			Instant now, String ledgerPrefix, int ledgerSerial) {
		RectificationItem item = new RectificationItem();
		item.id = command.findingId();
		item.ledgerPrefix = ledgerPrefix;
		item.ledgerSerial = ledgerSerial;
		item.ledgerNumber = LedgerNumbers.number(ledgerPrefix, ledgerSerial);
		item.findingText = command.findingText().strip();
		item.category = command.category();
		item.categoryName = categoryName;
		item.roundId = command.roundId();
		item.inspectionId = command.inspectionId();
		item.unitId = unit.id();
		item.feedbackDate = command.feedbackDate();
		item.unitCode = unit.code();
		item.unitName = unit.name();
		item.unitGroup = unit.group();
		item.townshipCode = unit.townshipCode();
		item.townshipName = unit.townshipName();
		item.townshipGroup = unit.townshipGroup();
		item.supervisingDeptGroup = command.supervisingDeptGroup();
		item.supervisingDeptName = departmentName;
		item.deadline = command.deadline();
		item.originalDeadline = command.deadline();
		item.createdAt = now;
		item.updatedAt = now;
		return item;
	}

	/** The item's ledger number (台账编号), 〔2026〕城关镇-东村-003. */
	public String getLedgerNumber() {
		return this.ledgerNumber;
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void recordPlan(RecordPlanCommand plan, Instant now) {
		requireState(ItemAction.RECORD_PLAN, ItemState.TO_PLAN, ItemState.IN_PROGRESS, ItemState.RETURNED);
		if (this.state != ItemState.TO_PLAN && this.deadline != null && !this.deadline.equals(plan.deadline())) {
			throw new RuleViolationException("整改期限已确定为 " + this.deadline + "，只能通过延期申请变更 / The deadline is set to "
					+ this.deadline + "; change it with an extension request");
		}
		this.responsibleUnit = (plan.responsibleUnit() != null) ? plan.responsibleUnit().strip() : this.unitName;
		this.responsiblePerson = plan.responsiblePerson().strip();
		this.responsiblePhone = plan.responsiblePhone();
		this.measures = plan.measures().strip();
		this.longTerm = plan.longTerm();
		if (this.state == ItemState.TO_PLAN) {
			this.deadline = plan.deadline();
			if (this.originalDeadline == null) {
				this.originalDeadline = plan.deadline();
			}
			this.state = ItemState.IN_PROGRESS;
		}
		touch(now);
	}

	void submitForReview(ImplementationReport report, Instant now) {
		requireState(ItemAction.SUBMIT_FOR_REVIEW, ItemState.IN_PROGRESS, ItemState.RETURNED);
		this.implementationSummary = report.summary().strip();
		this.moneyRecoveredYuan = report.moneyRecoveredYuan();
		this.mattersSolved = report.mattersSolved();
		this.state = ItemState.UNDER_REVIEW;
		this.reviewRound++;
		touch(now);
	}

	void returnToUnit(Instant now) {
		requireState(ItemAction.RETURN, ItemState.UNDER_REVIEW);
		this.state = ItemState.RETURNED;
		this.returnCount++;
		touch(now);
	}

	void signOff(LocalDate on, Instant now) {
		requireState(ItemAction.SIGN_OFF, ItemState.UNDER_REVIEW);
		this.state = ItemState.SIGNED_OFF;
		this.signedOffOn = on;
		this.flagged = false;
		touch(now);
	}

	void moveDeadline(LocalDate newDeadline, Instant now) {
		requireOpen(ItemAction.EXTEND);
		if (this.deadline == null) {
			throw new RuleViolationException(
					"整改事项 " + this.id + " 尚未确定整改期限，无需延期 / Item " + this.id + " has no deadline yet");
		}
		this.deadline = newDeadline;
		// The process re-arms its warning timers from the new deadline and restarts the
		// rectification period: a review in progress is abandoned.
		this.colour = WarningColour.NONE;
		this.flagged = false;
		if (this.state == ItemState.UNDER_REVIEW) {
			this.state = ItemState.IN_PROGRESS;
		}
		touch(now);
	}

	void warn(WarningColour colour, Instant now) {
		requireOpen(ItemAction.WARN);
		// Only escalates: a late green timer does not lower a yellow or red item.
		if (colour.ordinal() > this.colour.ordinal()) {
			this.colour = colour;
		}
		if (colour == WarningColour.RED) {
			this.flagged = true;
		}
		touch(now);
	}

	void flag(Instant now) {
		requireOpen(ItemAction.FLAG);
		this.flagged = true;
		touch(now);
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void requireOpen(ItemAction action) {
		if (!this.state.isOpen()) {
			throw action.refused(this.id, this.state);
		}
	}

	void requireState(ItemAction action, ItemState... allowed) {
		for (ItemState candidate : allowed) {
			if (this.state == candidate) {
				return;
			}
		}
		throw action.refused(this.id, this.state);
	}

	/** Overdue: open and its deadline is before {@code today}. */
	public boolean isOverdue(LocalDate today) {
		return this.state.isOpen() && this.deadline != null && this.deadline.isBefore(today);
	}

	public Long getId() {
		return this.id;
	}

	/** The finding this item rectifies: the same id. */
	public Long getFindingId() {
		return this.id;
	}

	public String getFindingText() {
		return this.findingText;
	}

	public String getCategory() {
		return this.category;
	}

	public String getCategoryName() {
		return this.categoryName;
	}

	public Long getRoundId() {
		return this.roundId;
	}

	public Long getInspectionId() {
		return this.inspectionId;
	}

	/** The feedback date that started the rectification clock, if known. */
	public LocalDate getFeedbackDate() {
		return this.feedbackDate;
	}

	/**
	 * The latest deadline a long-term item may have: one year after feedback (or after
	 * the item was opened, when the feedback date is unknown).
	 */
	LocalDate longTermLimit(java.time.ZoneId zone) {
		LocalDate start = (this.feedbackDate != null) ? this.feedbackDate : LocalDate.ofInstant(this.createdAt, zone);
		return start.plusMonths(RectificationLedger.LONG_TERM_MAX_MONTHS);
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public String getUnitName() {
		return this.unitName;
	}

	public String getUnitGroup() {
		return this.unitGroup;
	}

	public String getTownshipCode() {
		return this.townshipCode;
	}

	public String getTownshipName() {
		return this.townshipName;
	}

	public String getTownshipGroup() {
		return this.townshipGroup;
	}

	public String getSupervisingDeptGroup() {
		return this.supervisingDeptGroup;
	}

	public String getSupervisingDeptName() {
		return this.supervisingDeptName;
	}

	public String getResponsibleUnit() {
		return this.responsibleUnit;
	}

	public String getResponsiblePerson() {
		return this.responsiblePerson;
	}

	public String getResponsiblePhone() {
		return this.responsiblePhone;
	}

	public String getMeasures() {
		return this.measures;
	}

	public String getImplementationSummary() {
		return this.implementationSummary;
	}

	public BigDecimal getMoneyRecoveredYuan() {
		return this.moneyRecoveredYuan;
	}

	public Integer getMattersSolved() {
		return this.mattersSolved;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public LocalDate getOriginalDeadline() {
		return this.originalDeadline;
	}

	public WarningColour getColour() {
		return this.colour;
	}

	public boolean isFlagged() {
		return this.flagged;
	}

	public ItemState getState() {
		return this.state;
	}

	public int getReviewRound() {
		return this.reviewRound;
	}

	public int getReturnCount() {
		return this.returnCount;
	}

	public boolean isLongTerm() {
		return this.longTerm;
	}

	public LocalDate getSignedOffOn() {
		return this.signedOffOn;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}

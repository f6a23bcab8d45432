package org.rectiflow.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.round.Inspection;

/**
 * A problem clue (问题线索) for the discipline commission; its id is the business key of its
 * {@code clue-handling} process. Clues are confidential: only the inspection office, the
 * leading group, the discipline commission, administrators and the inspection's team read
 * them (not the unit, its township or the organization department).
 */
@Entity
@Table(name = "clue")
public class Clue extends Transfer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clue_seq")
	@SequenceGenerator(name = "clue_seq", sequenceName = "clue_seq", allocationSize = 50)
	private Long id;

	private Long findingId;

	@Column(nullable = false, length = 2000)
	private String summary;

	@Column(nullable = false)
	private boolean fast;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ClueState state;

	private LocalDate transferredOn;

	private LocalDate acceptedOn;

	@Column(length = 100)
	private String handler;

	@Column(length = 1000)
	private String acceptNote;

	@Column(nullable = false)
	private boolean becameCase;

	@Column(precision = 14, scale = 2)
	private BigDecimal moneyRecoveredYuan;

	protected Clue() {
	}

	Clue(Inspection inspection, Long findingId, String summary, boolean fast, String createdBy, Instant createdAt) {
		super(inspection, createdBy, createdAt);
		this.findingId = findingId;
		this.summary = summary;
		this.fast = fast;
		this.state = ClueState.RECORDED;
	}

	/** Confidential: supervisors of discipline matters and the inspection's team only. */
	public boolean readableBy(CurrentUser user) {
		return user.inAnyGroup(GroupIds.INSPECTION_OFFICE, GroupIds.LEADING_GROUP, GroupIds.DISCIPLINE_COMMISSION,
				GroupIds.CAMUNDA_ADMIN, getScope().getTeamGroupId());
	}

	/** A fast clue goes to the commission at once, during on-site work (快移快查). */
	void fastTransferred(LocalDate on, LocalDate replyDue) {
		this.transferredOn = on;
		this.replyDueOn = replyDue;
		this.state = ClueState.TRANSFERRED;
	}

	/**
	 * Its clue-handling process opened. The reply is due by the process's deadline; a
	 * fast clue keeps the day it was first transferred and its acceptance.
	 */
	void handlingOpened(String processInstanceId, LocalDate transferDate, LocalDate replyDue) {
		this.handlingProcessId = processInstanceId;
		this.replyDueOn = replyDue;
		if (this.transferredOn == null) {
			this.transferredOn = transferDate;
		}
		if (this.state == ClueState.RECORDED) {
			this.state = ClueState.TRANSFERRED;
		}
	}

	void accepted(LocalDate on, String handler, String note) {
		if (this.state.replied()) {
			throw new RuleViolationException("线索已反馈，不能再受理 / The clue has been replied to");
		}
		this.acceptedOn = on;
		this.handler = handler;
		this.acceptNote = note;
		this.state = ClueState.ACCEPTED;
	}

	void overdue(LocalDate since) {
		if (!this.state.replied() && this.overdueSince == null) {
			this.overdueSince = since;
		}
	}

	void replied(LocalDate on, String handlingResult, String replyText, BigDecimal moneyRecoveredYuan) {
		this.repliedOn = on;
		this.handlingResult = handlingResult;
		this.replyText = replyText;
		this.moneyRecoveredYuan = moneyRecoveredYuan;
		this.becameCase = "CASE_FILED".equals(handlingResult);
		this.state = this.becameCase ? ClueState.BECAME_CASE : ClueState.REPLIED;
	}

	/** Whether the reply is late as of the given day. */
	public boolean overdueOn(LocalDate today) {
		return !this.state.replied() && this.replyDueOn != null && this.replyDueOn.isBefore(today);
	}

	public Long getId() {
		return this.id;
	}

	public Long getFindingId() {
		return this.findingId;
	}

	public String getSummary() {
		return this.summary;
	}

	public boolean isFast() {
		return this.fast;
	}

	public ClueState getState() {
		return this.state;
	}

	public LocalDate getTransferredOn() {
		return this.transferredOn;
	}

	public LocalDate getAcceptedOn() {
		return this.acceptedOn;
	}

	public String getHandler() {
		return this.handler;
	}

	public String getAcceptNote() {
		return this.acceptNote;
	}

	public boolean isBecameCase() {
		return this.becameCase;
	}

	public BigDecimal getMoneyRecoveredYuan() {
		return this.moneyRecoveredYuan;
	}

	@Override
	public String toString() {
		return "Clue[" + this.id + " " + this.state + "]";
	}

}

package org.rectiflow.finding;

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
import jakarta.persistence.Version;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.InspectionRecord;

/**
 * A fix on the spot (立行立改): one occurrence of the on-site event sub-process of
 * {@code inspection-round}, whose variable {@code immediateFixId} is this id. Its state
 * changes only in that occurrence's steps.
 */
@Entity
@Table(name = "immediate_fix")
public class ImmediateFix extends InspectionRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "immediate_fix_seq")
	@SequenceGenerator(name = "immediate_fix_seq", sequenceName = "immediate_fix_seq", allocationSize = 50)
	private Long id;

	private Long findingId;

	@Column(nullable = false, length = 1000)
	private String problem;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private FixState state;

	@Column(nullable = false)
	private LocalDate raisedOn;

	@Column(length = 2000)
	private String noticeText;

	private LocalDate deadline;

	@Column(length = 2000)
	private String report;

	@Column(precision = 14, scale = 2)
	private BigDecimal moneyRecoveredYuan;

	@Column(length = 1000)
	private String returnReason;

	@Column(nullable = false)
	private int returnCount;

	private LocalDate verifiedOn;

	@Column(nullable = false, length = 64)
	private String raisedBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ImmediateFix() {
	}

	ImmediateFix(Inspection inspection, Long findingId, String problem, LocalDate raisedOn, String raisedBy,
			Instant createdAt) {
		super(inspection);
		this.findingId = findingId;
		this.problem = problem;
		this.state = FixState.RAISED;
		this.raisedOn = raisedOn;
		this.raisedBy = raisedBy;
		this.createdAt = createdAt;
	}

	public boolean readableBy(CurrentUser user) {
		return getScope().readableBy(user);
	}

	void noticed(String noticeText, LocalDate deadline) {
		requireNot(FixState.VERIFIED);
		this.noticeText = noticeText;
		this.deadline = deadline;
		this.state = FixState.NOTICED;
	}

	void fixed(String report, BigDecimal moneyRecoveredYuan) {
		requireNot(FixState.VERIFIED);
		this.report = report;
		this.moneyRecoveredYuan = moneyRecoveredYuan;
		this.state = FixState.FIXED;
	}

	void rejected(String reason) {
		requireNot(FixState.VERIFIED);
		if (this.state != FixState.REJECTED) {
			this.returnCount++;
		}
		this.returnReason = reason;
		this.state = FixState.REJECTED;
	}

	void verified(String noticeText, LocalDate deadline, String report, BigDecimal moneyRecoveredYuan,
			LocalDate verifiedOn) {
		if (this.state == FixState.VERIFIED) {
			return;
		}
		this.noticeText = (noticeText != null) ? noticeText : this.noticeText;
		this.deadline = (deadline != null) ? deadline : this.deadline;
		this.report = (report != null) ? report : this.report;
		this.moneyRecoveredYuan = (moneyRecoveredYuan != null) ? moneyRecoveredYuan : this.moneyRecoveredYuan;
		this.verifiedOn = verifiedOn;
		this.state = FixState.VERIFIED;
	}

	private void requireNot(FixState done) {
		if (this.state == done) {
			throw new RuleViolationException("立行立改 " + this.id + " 已核实，不能再变更 / The fix is verified already");
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getFindingId() {
		return this.findingId;
	}

	public String getProblem() {
		return this.problem;
	}

	public FixState getState() {
		return this.state;
	}

	public LocalDate getRaisedOn() {
		return this.raisedOn;
	}

	public String getNoticeText() {
		return this.noticeText;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public String getReport() {
		return this.report;
	}

	public BigDecimal getMoneyRecoveredYuan() {
		return this.moneyRecoveredYuan;
	}

	public String getReturnReason() {
		return this.returnReason;
	}

	public int getReturnCount() {
		return this.returnCount;
	}

	public LocalDate getVerifiedOn() {
		return this.verifiedOn;
	}

	public String getRaisedBy() {
		return this.raisedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public String toString() {
		return "ImmediateFix[" + this.id + " " + this.state + "]";
	}

}

package org.rectiflow.rectification;

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

/**
 * A unit's rectification plan (整改方案) for one inspection: drafted by the village, reviewed
 * by the inspection office (which may return it), followed by the special
 * organizational-life meeting (专题组织生活会) and the rectification report (整改报告).
 */
@Entity
@Table(name = "rectification_plan")
public class RectificationPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_plan_seq")
	@SequenceGenerator(name = "rectification_plan_seq", sequenceName = "rectification_plan_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true)
	private Long inspectionId;

	private Long roundId;

	@Column(nullable = false, length = 32)
	private String unitCode;

	@Column(nullable = false, length = 100)
	private String unitName;

	@Column(nullable = false, length = 64)
	private String unitGroup;

	@Column(nullable = false, length = 64)
	private String townshipGroup;

	@Column(length = 8000)
	private String content;

	@Column(length = 50)
	private String secretaryName;

	@Column(length = 20)
	private String secretaryPhone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private PlanState state = PlanState.DRAFT;

	@Column(nullable = false)
	private int returnCount;

	private Instant submittedAt;

	private Instant approvedAt;

	private LocalDate meetingHeldOn;

	@Column(length = 4000)
	private String meetingSummary;

	private LocalDate reportSubmittedOn;

	@Column(length = 8000)
	private String report;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected RectificationPlan() {
	}

	RectificationPlan(Long inspectionId, Long roundId, UnitCopy unit, Instant now) {
		this.inspectionId = inspectionId;
		this.roundId = roundId;
		this.unitCode = unit.code();
		this.unitName = unit.name();
		this.unitGroup = unit.group();
		this.townshipGroup = unit.townshipGroup();
		this.createdAt = now;
		this.updatedAt = now;
	}

	void submit(PlanSubmission submission, Instant now) {
		require(PlanState.DRAFT, PlanState.RETURNED);
		this.content = submission.content().strip();
		this.secretaryName = submission.secretaryName().strip();
		this.secretaryPhone = submission.secretaryPhone();
		this.state = PlanState.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	void returnToUnit(Instant now) {
		require(PlanState.SUBMITTED);
		this.state = PlanState.RETURNED;
		this.returnCount++;
		this.updatedAt = now;
	}

	void approve(Instant now) {
		require(PlanState.SUBMITTED);
		this.state = PlanState.APPROVED;
		this.approvedAt = now;
		this.updatedAt = now;
	}

	void meetingHeld(LocalDate on, String summary, Instant now) {
		this.meetingHeldOn = on;
		this.meetingSummary = summary;
		this.updatedAt = now;
	}

	void reportSubmitted(LocalDate on, String report, Instant now) {
		require(PlanState.APPROVED);
		this.reportSubmittedOn = on;
		this.report = report;
		this.updatedAt = now;
	}

	private void require(PlanState... allowed) {
		for (PlanState candidate : allowed) {
			if (this.state == candidate) {
				return;
			}
		}
		throw new RuleViolationException("整改方案 " + this.id + " 当前状态为「" + this.state.label() + "」，不能执行此操作 / Plan "
				+ this.id + " is " + this.state + "; this step is not allowed now");
	}

	public Long getId() {
		return this.id;
	}

	public Long getInspectionId() {
		return this.inspectionId;
	}

	public Long getRoundId() {
		return this.roundId;
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

	public String getTownshipGroup() {
		return this.townshipGroup;
	}

	public String getContent() {
		return this.content;
	}

	public String getSecretaryName() {
		return this.secretaryName;
	}

	public String getSecretaryPhone() {
		return this.secretaryPhone;
	}

	public String getMeetingSummary() {
		return this.meetingSummary;
	}

	public String getReport() {
		return this.report;
	}

	public PlanState getState() {
		return this.state;
	}

	public int getReturnCount() {
		return this.returnCount;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public LocalDate getMeetingHeldOn() {
		return this.meetingHeldOn;
	}

	public LocalDate getReportSubmittedOn() {
		return this.reportSubmittedOn;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}

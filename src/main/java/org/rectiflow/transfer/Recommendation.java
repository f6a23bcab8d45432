package org.rectiflow.transfer;

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
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.Inspection;

/**
 * A recommendation letter (巡察建议书) to a functional department; its id is the business key
 * of its {@code recommendation-handling} process. Read by supervisors, the addressed
 * department, the inspection's team, the unit and its township.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recommendation_seq")
	@SequenceGenerator(name = "recommendation_seq", sequenceName = "recommendation_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long inspectionId;

	@Column(nullable = false, length = 32)
	private String unitCode;

	@Column(nullable = false, length = 100)
	private String unitName;

	@Column(nullable = false, length = 64)
	private String unitGroupId;

	@Column(nullable = false, length = 64)
	private String townshipGroupId;

	@Column(nullable = false, length = 64)
	private String teamGroupId;

	@Column(nullable = false, length = 64)
	private String departmentGroupId;

	@Column(nullable = false, length = 4000)
	private String content;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private RecommendationState state;

	private LocalDate registeredOn;

	private LocalDate issuedOn;

	private LocalDate replyDueOn;

	private LocalDate overdueSince;

	@Column(length = 32)
	private String handlingResult;

	private LocalDate repliedOn;

	@Column(length = 4000)
	private String replyText;

	@Column(length = 64)
	private String handlingProcessId;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Recommendation() {
	}

	Recommendation(Inspection inspection, String departmentGroupId, String content, String createdBy,
			Instant createdAt) {
		this.inspectionId = inspection.getId();
		this.unitCode = inspection.getUnitCode();
		this.unitName = inspection.getUnitName();
		this.unitGroupId = inspection.getUnitGroupId();
		this.townshipGroupId = inspection.getTownshipGroupId();
		this.teamGroupId = inspection.getTeamGroupId();
		this.departmentGroupId = departmentGroupId;
		this.content = content;
		this.state = RecommendationState.DRAFTED;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public boolean readableBy(CurrentUser user) {
		return user.readsAll()
				|| user.inAnyGroup(this.departmentGroupId, this.teamGroupId, this.unitGroupId, this.townshipGroupId);
	}

	void registered(LocalDate on) {
		if (this.registeredOn == null) {
			this.registeredOn = on;
		}
	}

	void issued(String processInstanceId, LocalDate on, LocalDate replyDue) {
		this.handlingProcessId = processInstanceId;
		this.issuedOn = on;
		this.replyDueOn = replyDue;
		if (this.state == RecommendationState.DRAFTED) {
			this.state = RecommendationState.ISSUED;
		}
	}

	/** The reply period passed (the process's overdue timer fired). */
	void overdue(LocalDate since) {
		if (this.state == RecommendationState.ISSUED) {
			this.state = RecommendationState.OVERDUE;
			this.overdueSince = since;
		}
	}

	void replied(LocalDate on, String handlingResult, String replyText) {
		this.repliedOn = on;
		this.handlingResult = handlingResult;
		this.replyText = replyText;
		this.state = RecommendationState.REPLIED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getInspectionId() {
		return this.inspectionId;
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public String getUnitName() {
		return this.unitName;
	}

	public String getUnitGroupId() {
		return this.unitGroupId;
	}

	public String getTownshipGroupId() {
		return this.townshipGroupId;
	}

	public String getTeamGroupId() {
		return this.teamGroupId;
	}

	public String getDepartmentGroupId() {
		return this.departmentGroupId;
	}

	public String getContent() {
		return this.content;
	}

	public RecommendationState getState() {
		return this.state;
	}

	public LocalDate getRegisteredOn() {
		return this.registeredOn;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public LocalDate getReplyDueOn() {
		return this.replyDueOn;
	}

	public LocalDate getOverdueSince() {
		return this.overdueSince;
	}

	public String getHandlingResult() {
		return this.handlingResult;
	}

	public LocalDate getRepliedOn() {
		return this.repliedOn;
	}

	public String getReplyText() {
		return this.replyText;
	}

	public String getHandlingProcessId() {
		return this.handlingProcessId;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public String toString() {
		return "Recommendation[" + this.id + " " + this.state + "]";
	}

}

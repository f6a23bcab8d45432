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
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.Inspection;

/**
 * A recommendation letter (巡察建议书) to a functional department; its id is the business key
 * of its {@code recommendation-handling} process. Read by supervisors, the addressed
 * department, the inspection's team, the unit and its township.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation extends Transfer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recommendation_seq")
	@SequenceGenerator(name = "recommendation_seq", sequenceName = "recommendation_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 64)
	private String departmentGroupId;

	@Column(nullable = false, length = 4000)
	private String content;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private RecommendationState state;

	private LocalDate issuedOn;

	protected Recommendation() {
	}

	Recommendation(Inspection inspection, String departmentGroupId, String content, String createdBy,
			Instant createdAt) {
		super(inspection, createdBy, createdAt);
		this.departmentGroupId = departmentGroupId;
		this.content = content;
		this.state = RecommendationState.DRAFTED;
	}

	public boolean readableBy(CurrentUser user) {
		return getScope().readableBy(user, this.departmentGroupId);
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

	public String getDepartmentGroupId() {
		return this.departmentGroupId;
	}

	public String getContent() {
		return this.content;
	}

	public RecommendationState getState() {
		return this.state;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	@Override
	public String toString() {
		return "Recommendation[" + this.id + " " + this.state + "]";
	}

}

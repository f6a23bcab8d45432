package org.rectiflow.rectification;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A decided extension request (延期申请): kept whether approved or not. */
@Entity
@Table(name = "rectification_extension")
public class DeadlineExtension {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_extension_seq")
	@SequenceGenerator(name = "rectification_extension_seq", sequenceName = "rectification_extension_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long itemId;

	private LocalDate oldDeadline;

	@Column(nullable = false)
	private LocalDate newDeadline;

	@Column(nullable = false, length = 1000)
	private String reason;

	@Column(nullable = false, length = 64)
	private String requestedBy;

	@Column(nullable = false, length = 64)
	private String decidedBy;

	@Column(nullable = false)
	private boolean approved;

	@Column(length = 1000)
	private String decisionComment;

	@Column(nullable = false)
	private Instant decidedAt;

	protected DeadlineExtension() {
	}

	DeadlineExtension(RectificationItem item, ExtensionCommand command, Instant now) {
		this.itemId = item.getId();
		this.oldDeadline = item.getDeadline();
		this.newDeadline = command.newDeadline();
		this.reason = command.reason().strip();
		this.requestedBy = command.requestedBy();
		this.decidedBy = command.decidedBy();
		this.approved = command.approved();
		this.decisionComment = command.decisionComment();
		this.decidedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public LocalDate getOldDeadline() {
		return this.oldDeadline;
	}

	public LocalDate getNewDeadline() {
		return this.newDeadline;
	}

	public String getReason() {
		return this.reason;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public boolean isApproved() {
		return this.approved;
	}

	public String getDecisionComment() {
		return this.decisionComment;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}

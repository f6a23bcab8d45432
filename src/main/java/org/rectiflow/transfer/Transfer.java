package org.rectiflow.transfer;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.rectiflow.round.Inspection;
import org.rectiflow.round.InspectionRecord;

/**
 * What a clue and a recommendation letter share: the inspection and scope they come from,
 * and the handling that awaits a reply by a due date (registered, overdue, replied with a
 * result, by its own process).
 */
@MappedSuperclass
public abstract class Transfer extends InspectionRecord {

	LocalDate registeredOn;

	LocalDate replyDueOn;

	LocalDate overdueSince;

	@Column(length = 32)
	String handlingResult;

	LocalDate repliedOn;

	@Column(length = 4000)
	String replyText;

	@Column(length = 64)
	String handlingProcessId;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Transfer() {
	}

	Transfer(Inspection inspection, String createdBy, Instant createdAt) {
		super(inspection);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Its handling process was registered on the day (kept from the first time). */
	void registered(LocalDate on) {
		if (this.registeredOn == null) {
			this.registeredOn = on;
		}
	}

	public LocalDate getRegisteredOn() {
		return this.registeredOn;
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

}

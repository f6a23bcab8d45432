package org.rectiflow.workbench;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * 抄送: a task copied to a person or a group for their information, with what the card
 * showed when it was copied (the task may be done by the time it is read).
 */
@Entity
@Table(name = "carbon_copy")
class CarbonCopy {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "carbon_copy_seq")
	@SequenceGenerator(name = "carbon_copy_seq", sequenceName = "carbon_copy_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 64)
	private String taskId;

	@Column(length = 64)
	private String processInstanceId;

	@Column(nullable = false, length = 255)
	private String taskName;

	@Column(length = 200)
	private String unitName;

	@Column(length = 1000)
	private String problem;

	@Column(length = 64)
	private String businessKey;

	@Column(length = 64)
	private String toUser;

	@Column(length = 64)
	private String toGroup;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String copiedBy;

	@Column(nullable = false)
	private Instant copiedAt;

	protected CarbonCopy() {
	}

	CarbonCopy(TaskCard card, String processInstanceId, String toUser, String toGroup, String note, String copiedBy,
			Instant copiedAt) {
		this.taskId = card.taskId();
		this.processInstanceId = processInstanceId;
		this.taskName = cut(card.taskName(), 255);
		this.unitName = cut(card.unitName(), 200);
		this.problem = cut(card.problem(), 1000);
		this.businessKey = card.businessKey();
		this.toUser = toUser;
		this.toGroup = toGroup;
		this.note = cut(note, 500);
		this.copiedBy = copiedBy;
		this.copiedAt = copiedAt;
	}

	private static String cut(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

	public Long getId() {
		return this.id;
	}

	public String getTaskId() {
		return this.taskId;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public String getTaskName() {
		return this.taskName;
	}

	public String getUnitName() {
		return this.unitName;
	}

	public String getProblem() {
		return this.problem;
	}

	public String getBusinessKey() {
		return this.businessKey;
	}

	public String getToUser() {
		return this.toUser;
	}

	public String getToGroup() {
		return this.toGroup;
	}

	public String getNote() {
		return this.note;
	}

	public String getCopiedBy() {
		return this.copiedBy;
	}

	public Instant getCopiedAt() {
		return this.copiedAt;
	}

}

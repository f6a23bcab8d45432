package org.rectiflow.round;

import java.time.Instant;

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
 * 监督清单版本: the office edits a draft and publishes it; a published version never changes,
 * and the latest published one is current. A round keeps the version that was current
 * when it started.
 */
@Entity
@Table(name = "checklist_version")
public class ChecklistVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_version_seq")
	@SequenceGenerator(name = "checklist_version_seq", sequenceName = "checklist_version_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true)
	private int number;

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ChecklistVersionState state;

	@Column(length = 500)
	private String note;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(length = 64)
	private String publishedBy;

	private Instant publishedAt;

	@Version
	private long version;

	protected ChecklistVersion() {
	}

	ChecklistVersion(int number, String name, String note, String createdBy, Instant createdAt) {
		this.number = number;
		this.name = name;
		this.note = note;
		this.state = ChecklistVersionState.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * Refuses any change to a published version.
	 * @throws RuleViolationException (409)
	 */
	void requireDraft() {
		if (this.state != ChecklistVersionState.DRAFT) {
			throw new RuleViolationException("第 " + this.number + " 版已发布，不能再修改；请新建草稿修改后发布新版本 / Version " + this.number
					+ " is published and cannot change: start a new draft");
		}
	}

	void rename(String name, String note) {
		requireDraft();
		this.name = name;
		this.note = note;
	}

	void publish(String userId, Instant at) {
		requireDraft();
		this.state = ChecklistVersionState.PUBLISHED;
		this.publishedBy = userId;
		this.publishedAt = at;
	}

	public boolean isDraft() {
		return this.state == ChecklistVersionState.DRAFT;
	}

	public Long getId() {
		return this.id;
	}

	public int getNumber() {
		return this.number;
	}

	public String getName() {
		return this.name;
	}

	public ChecklistVersionState getState() {
		return this.state;
	}

	public String getNote() {
		return this.note;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	@Override
	public String toString() {
		return "ChecklistVersion[" + this.number + " " + this.state + "]";
	}

}

package org.rectiflow.rectification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A progress report (整改进展) on an item, e.g. the periodic report of a long-term item. */
@Entity
@Table(name = "rectification_progress")
public class ProgressReport {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_progress_seq")
	@SequenceGenerator(name = "rectification_progress_seq", sequenceName = "rectification_progress_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long itemId;

	@Column(name = "report_text", nullable = false, length = 4000)
	private String text;

	@Column(name = "percent_done", nullable = false)
	private int percent;

	@Column(nullable = false, length = 64)
	private String reportedBy;

	@Column(nullable = false)
	private Instant reportedAt;

	protected ProgressReport() {
	}

	ProgressReport(RectificationItem item, ProgressCommand command, Instant now) {
		this.itemId = item.getId();
		this.text = command.text().strip();
		this.percent = command.percent();
		this.reportedBy = command.reportedBy();
		this.reportedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getText() {
		return this.text;
	}

	public int getPercent() {
		return this.percent;
	}

	public String getReportedBy() {
		return this.reportedBy;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

}

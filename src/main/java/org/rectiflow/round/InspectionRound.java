package org.rectiflow.round;

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

/** 巡察轮次: one round of the term, covering several units and run by several teams. */
@Entity
@Table(name = "inspection_round")
public class InspectionRound {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_round_seq")
	@SequenceGenerator(name = "inspection_round_seq", sequenceName = "inspection_round_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true, length = 100)
	private String name;

	@Column(nullable = false)
	private int termStartYear;

	@Column(nullable = false)
	private int termEndYear;

	@Column(nullable = false)
	private LocalDate startsOn;

	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private RoundState state;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	/** The checklist version this round uses (see {@link ChecklistCatalogue}). */
	@jakarta.persistence.Column(name = "checklist_version_id")
	private Long checklistVersionId;

	@Version
	private long version;

	protected InspectionRound() {
	}

	InspectionRound(String name, int termStartYear, int termEndYear, LocalDate startsOn, LocalDate endsOn,
			String createdBy, Instant createdAt) {
		this.name = name;
		this.termStartYear = termStartYear;
		this.termEndYear = termEndYear;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.state = RoundState.OPEN;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Changes what the office entered (the round screens, decision 0027). */
	void edit(String name, int termStartYear, int termEndYear, LocalDate startsOn, LocalDate endsOn) {
		this.name = name;
		this.termStartYear = termStartYear;
		this.termEndYear = termEndYear;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	void close() {
		this.state = RoundState.CLOSED;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public int getTermStartYear() {
		return this.termStartYear;
	}

	public int getTermEndYear() {
		return this.termEndYear;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public RoundState getState() {
		return this.state;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public String toString() {
		return "InspectionRound[" + this.id + " " + this.name + "]";
	}

	/** Keeps the checklist version, once: a version once taken stays. */
	void useChecklistVersion(Long versionId) {
		if (this.checklistVersionId == null) {
			this.checklistVersionId = versionId;
		}
	}

	/**
	 * The checklist version this round uses; null only for records older than versions.
	 */
	public Long getChecklistVersionId() {
		return this.checklistVersionId;
	}

}

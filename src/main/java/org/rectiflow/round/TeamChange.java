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

/**
 * One change of an inspection's team (巡察组成员调整): a cadre put on or taken off, with the
 * reason, who and when. Written in the transaction of the change, never updated (decision
 * 0033).
 */
@Entity
@Table(name = "team_change")
class TeamChange {

	/** 加入 / 移出 */
	enum Kind {

		ADDED("加入"), REMOVED("移出");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_change_seq")
	@SequenceGenerator(name = "team_change_seq", sequenceName = "team_change_seq", allocationSize = 50)
	private Long id;

	@Column(name = "inspection_id", nullable = false)
	private Long inspectionId;

	@Column(name = "cadre_id", nullable = false)
	private Long cadreId;

	@Column(nullable = false, length = 64)
	private String cadreName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private TeamRole role;

	@Column(nullable = false, length = 500)
	private String reason;

	@Column(nullable = false, length = 64)
	private String changedBy;

	@Column(nullable = false)
	private Instant changedAt;

	protected TeamChange() {
	}

	TeamChange(Long inspectionId, Cadre cadre, Kind kind, TeamRole role, String reason, String changedBy,
			Instant changedAt) {
		this.inspectionId = inspectionId;
		this.cadreId = cadre.getId();
		this.cadreName = cadre.getName();
		this.kind = kind;
		this.role = role;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	Long getId() {
		return this.id;
	}

	Long getInspectionId() {
		return this.inspectionId;
	}

	Long getCadreId() {
		return this.cadreId;
	}

	String getCadreName() {
		return this.cadreName;
	}

	Kind getKind() {
		return this.kind;
	}

	TeamRole getRole() {
		return this.role;
	}

	String getReason() {
		return this.reason;
	}

	String getChangedBy() {
		return this.changedBy;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

}

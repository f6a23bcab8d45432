package org.rectiflow.round;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A cadre on the team of one inspection; created only after the recusal check. */
@Entity
@Table(name = "team_member")
public class TeamMember {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_member_seq")
	@SequenceGenerator(name = "team_member_seq", sequenceName = "team_member_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "inspection_id")
	private Inspection inspection;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "cadre_id")
	private Cadre cadre;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private TeamRole role;

	@Column(nullable = false, length = 64)
	private String addedBy;

	@Column(nullable = false)
	private Instant addedAt;

	protected TeamMember() {
	}

	TeamMember(Inspection inspection, Cadre cadre, TeamRole role, String addedBy, Instant addedAt) {
		this.inspection = inspection;
		this.cadre = cadre;
		this.role = role;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Inspection getInspection() {
		return this.inspection;
	}

	public Cadre getCadre() {
		return this.cadre;
	}

	public TeamRole getRole() {
		return this.role;
	}

	public String getAddedBy() {
		return this.addedBy;
	}

	public Instant getAddedAt() {
		return this.addedAt;
	}

}

package org.rectiflow.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An inspection team (巡察组) taking part in a round; its units' teams come from these. */
@Entity
@Table(name = "round_team")
class RoundTeam {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "round_team_seq")
	@SequenceGenerator(name = "round_team_seq", sequenceName = "round_team_seq", allocationSize = 50)
	private Long id;

	@Column(name = "round_id", nullable = false)
	private Long roundId;

	@Column(nullable = false, length = 64)
	private String teamGroupId;

	protected RoundTeam() {
	}

	RoundTeam(Long roundId, String teamGroupId) {
		this.roundId = roundId;
		this.teamGroupId = teamGroupId;
	}

	Long getRoundId() {
		return this.roundId;
	}

	String getTeamGroupId() {
		return this.teamGroupId;
	}

}

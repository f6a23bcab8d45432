package org.rectiflow.rectification;

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
 * One party's vote in one review round of an item (round n is the n-th time the unit
 * submitted the item for review). Only a return carries a reason: an approval never shows
 * the reason an earlier round's form left in the process.
 */
@Entity
@Table(name = "rectification_vote")
public class ReviewVote {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_vote_seq")
	@SequenceGenerator(name = "rectification_vote_seq", sequenceName = "rectification_vote_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long itemId;

	@Column(nullable = false)
	private int reviewRound;

	/** The party's id ({@link ReviewParty#id()}, rectiflow.review.parties). */
	@Column(nullable = false, length = 32)
	private String party;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ReviewDecision decision;

	@Column(length = 1000)
	private String reason;

	@Column(nullable = false, length = 64)
	private String voter;

	@Column(nullable = false)
	private Instant votedAt;

	protected ReviewVote() {
	}

	ReviewVote(RectificationItem item, VoteCommand command, Instant now) {
		this.itemId = item.getId();
		this.reviewRound = item.getReviewRound();
		this.party = command.party();
		this.decision = command.decision();
		this.reason = (command.decision() == ReviewDecision.RETURN && command.reason() != null
				&& !command.reason().isBlank()) ? command.reason().strip() : null;
		this.voter = command.voter();
		this.votedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public int getReviewRound() {
		return this.reviewRound;
	}

	public String getParty() {
		return this.party;
	}

	public ReviewDecision getDecision() {
		return this.decision;
	}

	public String getReason() {
		return this.reason;
	}

	public String getVoter() {
		return this.voter;
	}

	public Instant getVotedAt() {
		return this.votedAt;
	}

}

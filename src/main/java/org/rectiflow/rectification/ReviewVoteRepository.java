package org.rectiflow.rectification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewVoteRepository extends JpaRepository<ReviewVote, Long> {

	List<ReviewVote> findByItemIdOrderByVotedAtAscIdAsc(Long itemId);

	List<ReviewVote> findByItemIdAndReviewRound(Long itemId, int reviewRound);

}

package org.rectiflow.transfer;

import java.time.LocalDate;
import java.util.Optional;

import org.rectiflow.identity.GroupIds;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What another module may know of a transferred clue or recommendation letter to write to
 * its receiver (the supervision module's 催办函): the unit, the receiver and the reply date.
 * A clue's summary stays inside this module (it may name a villager's report).
 */
@Service
@Transactional(readOnly = true)
public class TransferSubjects {

	private final ClueRepository clues;

	private final RecommendationRepository recommendations;

	TransferSubjects(ClueRepository clues, RecommendationRepository recommendations) {
		this.clues = clues;
		this.recommendations = recommendations;
	}

	public Optional<Subject> clue(long id) {
		return this.clues.findById(id)
			.map((clue) -> new Subject(clue.getId(), "问题线索（编号 " + clue.getId() + "）", clue.getUnitName(),
					clue.getUnitGroupId(), clue.getTownshipGroupId(), GroupIds.DISCIPLINE_COMMISSION,
					clue.getReplyDueOn()));
	}

	public Optional<Subject> recommendation(long id) {
		return this.recommendations.findById(id)
			.map((letter) -> new Subject(letter.getId(), letter.getContent(), letter.getUnitName(),
					letter.getUnitGroupId(), letter.getTownshipGroupId(), letter.getDepartmentGroupId(),
					letter.getReplyDueOn()));
	}

	/**
	 * A transferred clue or recommendation letter.
	 *
	 * @param id its id
	 * @param text what may be printed about it
	 * @param unitName the inspected unit
	 * @param unitGroup the unit's group
	 * @param townshipGroup its township's group
	 * @param receiverGroup who must reply (纪委监委 for a clue, the department for a letter)
	 * @param replyDueOn the reply's due date, if known
	 */
	public record Subject(Long id, String text, String unitName, String unitGroup, String townshipGroup,
			String receiverGroup, LocalDate replyDueOn) {

	}

}

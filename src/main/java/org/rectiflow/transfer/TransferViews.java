package org.rectiflow.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the transfer API shows. */
final class TransferViews {

	private TransferViews() {
	}

	record ClueView(Long id, Long inspectionId, Long findingId, String unitCode, String unitName, String teamGroupId,
			String summary, boolean fast, ClueState state, String stateLabel, LocalDate transferredOn,
			LocalDate replyDueOn, boolean overdue, LocalDate overdueSince, LocalDate acceptedOn, String handler,
			String acceptNote, String handlingResult, LocalDate repliedOn, String replyText, boolean becameCase,
			BigDecimal moneyRecoveredYuan, String createdBy) {

		static ClueView of(Clue clue, LocalDate today) {
			return new ClueView(clue.getId(), clue.getInspectionId(), clue.getFindingId(), clue.getUnitCode(),
					clue.getUnitName(), clue.getTeamGroupId(), clue.getSummary(), clue.isFast(), clue.getState(),
					clue.getState().label(), clue.getTransferredOn(), clue.getReplyDueOn(), clue.overdueOn(today),
					clue.getOverdueSince(), clue.getAcceptedOn(), clue.getHandler(), clue.getAcceptNote(),
					clue.getHandlingResult(), clue.getRepliedOn(), clue.getReplyText(), clue.isBecameCase(),
					clue.getMoneyRecoveredYuan(), clue.getCreatedBy());
		}

	}

	record RecommendationView(Long id, Long inspectionId, String unitCode, String unitName, String teamGroupId,
			String departmentGroupId, String content, RecommendationState state, String stateLabel, LocalDate issuedOn,
			LocalDate replyDueOn, boolean overdue, LocalDate overdueSince, String handlingResult, LocalDate repliedOn,
			String replyText, String createdBy) {

		static RecommendationView of(Recommendation recommendation, LocalDate today) {
			boolean overdue = recommendation.getState() == RecommendationState.OVERDUE
					|| (recommendation.getState() == RecommendationState.ISSUED
							&& recommendation.getReplyDueOn() != null
							&& recommendation.getReplyDueOn().isBefore(today));
			return new RecommendationView(recommendation.getId(), recommendation.getInspectionId(),
					recommendation.getUnitCode(), recommendation.getUnitName(), recommendation.getTeamGroupId(),
					recommendation.getDepartmentGroupId(), recommendation.getContent(), recommendation.getState(),
					recommendation.getState().label(), recommendation.getIssuedOn(), recommendation.getReplyDueOn(),
					overdue, recommendation.getOverdueSince(), recommendation.getHandlingResult(),
					recommendation.getRepliedOn(), recommendation.getReplyText(), recommendation.getCreatedBy());
		}

	}

}

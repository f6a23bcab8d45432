package org.rectiflow.rectification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One item with everything recorded about it: extensions, review votes, progress reports
 * and the descriptions of its evidence files (download them one by one).
 */
public record ItemDetail(LedgerEntry item, String responsiblePhone, String implementationSummary,
		BigDecimal moneyRecoveredYuan, Integer mattersSolved, int reviewRound, String processInstanceId,
		Instant createdAt, Instant updatedAt, List<ExtensionView> extensions, List<VoteView> votes,
		List<ProgressView> progressReports, List<AttachmentView> attachments) {

	static ItemDetail of(RectificationItem item, LocalDate today, List<DeadlineExtension> extensions,
			List<ReviewVote> votes, List<ProgressReport> progress, List<EvidenceAttachment> attachments,
			ReviewParties parties) {
		return new ItemDetail(LedgerEntry.of(item, today), item.getResponsiblePhone(), item.getImplementationSummary(),
				item.getMoneyRecoveredYuan(), item.getMattersSolved(), item.getReviewRound(),
				item.getProcessInstanceId(), item.getCreatedAt(), item.getUpdatedAt(),
				extensions.stream().map(ExtensionView::of).toList(),
				votes.stream().map((vote) -> VoteView.of(vote, parties)).toList(),
				progress.stream().map(ProgressView::of).toList(),
				attachments.stream().map(AttachmentView::of).toList());
	}

	/** A decided extension request (延期申请). */
	public record ExtensionView(Long id, LocalDate oldDeadline, LocalDate newDeadline, String reason,
			String requestedBy, String decidedBy, boolean approved, String decisionComment, Instant decidedAt) {

		static ExtensionView of(DeadlineExtension extension) {
			return new ExtensionView(extension.getId(), extension.getOldDeadline(), extension.getNewDeadline(),
					extension.getReason(), extension.getRequestedBy(), extension.getDecidedBy(), extension.isApproved(),
					extension.getDecisionComment(), extension.getDecidedAt());
		}

	}

	/**
	 * A party's vote in a review round (四方会审意见); the party by its id and its name from
	 * the settings.
	 */
	public record VoteView(Long id, int reviewRound, String party, String partyLabel, ReviewDecision decision,
			String decisionLabel, String reason, String voter, Instant votedAt) {

		static VoteView of(ReviewVote vote, ReviewParties parties) {
			return new VoteView(vote.getId(), vote.getReviewRound(), vote.getParty(), parties.name(vote.getParty()),
					vote.getDecision(), vote.getDecision().label(), vote.getReason(), vote.getVoter(),
					vote.getVotedAt());
		}

	}

	/** A progress report (阶段性进展). */
	public record ProgressView(Long id, String text, int percent, String reportedBy, Instant reportedAt) {

		static ProgressView of(ProgressReport report) {
			return new ProgressView(report.getId(), report.getText(), report.getPercent(), report.getReportedBy(),
					report.getReportedAt());
		}

	}

	/** An evidence file (佐证材料); its bytes are at {@code downloadPath}. */
	public record AttachmentView(Long id, String filename, String contentType, long sizeBytes, String sha256,
			String uploadedBy, Instant uploadedAt, String downloadPath) {

		static AttachmentView of(EvidenceAttachment attachment) {
			return new AttachmentView(attachment.getId(), attachment.getFilename(), attachment.getContentType(),
					attachment.getSizeBytes(), attachment.getSha256(), attachment.getUploadedBy(),
					attachment.getUploadedAt(),
					"/api/ledger/" + attachment.getItemId() + "/attachments/" + attachment.getId());
		}

	}

}

package org.rectiflow.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rectiflow.finding.TransferRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Closes and names an inspection's clues and letters when its report is registered. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class TransferLists implements TransferRegistry {

	private final ClueRepository clues;

	private final RecommendationRepository recommendations;

	TransferLists(ClueRepository clues, RecommendationRepository recommendations) {
		this.clues = clues;
		this.recommendations = recommendations;
	}

	@Override
	public RegisteredTransfers registerFor(long inspectionId, LocalDate registeredOn) {
		List<String> clueIds = new ArrayList<>();
		for (Clue clue : this.clues.findByInspectionIdOrderById(inspectionId)) {
			clue.registered(registeredOn);
			clueIds.add(String.valueOf(clue.getId()));
		}
		List<String> recommendationIds = new ArrayList<>();
		for (Recommendation recommendation : this.recommendations.findByInspectionIdOrderById(inspectionId)) {
			recommendation.registered(registeredOn);
			recommendationIds.add(String.valueOf(recommendation.getId()));
		}
		return new RegisteredTransfers(clueIds, recommendationIds);
	}

}

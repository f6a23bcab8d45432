package org.rectiflow.transfer;

import java.util.Map;

import org.rectiflow.common.LabelSource;

import org.springframework.stereotype.Component;

/** The names of a transfer's codes (see {@link org.rectiflow.common.Labels}). */
@Component
class TransferLabels implements LabelSource {

	@Override
	public Map<String, Map<String, String>> kinds() {
		return Map.of("clue-state", LabelSource.of(ClueState.class), "recommendation-state",
				LabelSource.of(RecommendationState.class));
	}

}

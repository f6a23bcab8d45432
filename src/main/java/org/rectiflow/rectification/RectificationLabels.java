package org.rectiflow.rectification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.rectiflow.common.LabelSource;

import org.springframework.stereotype.Component;

/** The names of the ledger's codes (see {@link org.rectiflow.common.Labels}). */
@Component
class RectificationLabels implements LabelSource {

	private final ReviewParties parties;

	RectificationLabels(ReviewParties parties) {
		this.parties = parties;
	}

	@Override
	public Map<String, Map<String, String>> kinds() {
		return Map.of("colour", LabelSource.of(WarningColour.class), "warning-level",
				LabelSource.of(WarningLevel.class), "item-state", LabelSource.of(ItemState.class), "review-decision",
				LabelSource.of(ReviewDecision.class), "plan-state", LabelSource.of(PlanState.class), "review-party",
				this.parties.all()
					.stream()
					.collect(Collectors.toMap(ReviewParty::id, ReviewParty::name, (a, b) -> a, LinkedHashMap::new)));
	}

}

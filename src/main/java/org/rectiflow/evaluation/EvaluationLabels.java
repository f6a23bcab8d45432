package org.rectiflow.evaluation;

import java.util.Map;

import org.rectiflow.common.LabelSource;

import org.springframework.stereotype.Component;

/** The names of an evaluation's codes (see {@link org.rectiflow.common.Labels}). */
@Component
class EvaluationLabels implements LabelSource {

	@Override
	public Map<String, Map<String, String>> kinds() {
		return Map.of("evaluation-state", LabelSource.of(EvaluationState.class));
	}

}

package org.rectiflow.supervision;

import java.util.Map;

import org.rectiflow.common.LabelSource;

import org.springframework.stereotype.Component;

/** The names of supervision's codes (see {@link org.rectiflow.common.Labels}). */
@Component
class SupervisionLabels implements LabelSource {

	@Override
	public Map<String, Map<String, String>> kinds() {
		return Map.of("letter-kind", LabelSource.of(LetterKind.class), "supervision-action",
				LabelSource.of(SupervisionAction.class), "subject-type", LabelSource.of(SubjectType.class));
	}

}

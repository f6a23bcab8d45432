package org.rectiflow.round;

import java.util.Map;

import org.rectiflow.common.LabelSource;

import org.springframework.stereotype.Component;

/** The names of a round's codes (see {@link org.rectiflow.common.Labels}). */
@Component
class RoundLabels implements LabelSource {

	@Override
	public Map<String, Map<String, String>> kinds() {
		return Map.of("inspection-mode", LabelSource.of(InspectionMode.class), "stage",
				LabelSource.of(InspectionStage.class), "team-role", LabelSource.of(TeamRole.class), "round-state",
				LabelSource.of(RoundState.class), "audit-mode", LabelSource.of(AuditMode.class), "verdict",
				LabelSource.of(EvaluationVerdict.class), "grade", LabelSource.of(RectificationGrade.class),
				"cadre-specialty", LabelSource.of(CadreSpecialty.class), "cadre-availability",
				LabelSource.of(CadreAvailability.class), "cadre-relation", LabelSource.of(CadreRelationKind.class));
	}

}

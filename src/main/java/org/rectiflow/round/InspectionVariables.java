package org.rectiflow.round;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitCategory;
import org.rectiflow.unit.UnitPriority;

/**
 * The variables of {@code inspection-round} that the round module writes and reads; names
 * and values as in docs/process-variables.md §6.1. The start variables also fill in the
 * form plan-inspection with what was planned, for the office to confirm.
 */
final class InspectionVariables {

	static final String INSPECTION_RECORD_ID = "inspectionRecordId";

	static final String ROUND_ID = "roundId";

	static final String UNIT_NAME = "unitName";

	static final String UNIT_CODE = "unitCode";

	static final String VILLAGE_GROUP = "villageGroup";

	static final String TOWNSHIP_GROUP = "townshipGroup";

	static final String IS_KEY_UNIT = "isKeyUnit";

	static final String UNIT_CATEGORY = "unitCategory";

	static final String INSPECTION_MODE = "inspectionMode";

	static final String AUDIT_MODE = "auditMode";

	static final String TEAM_GROUP = "teamGroup";

	static final String TEAM_LEADER_NAME = "teamLeaderName";

	static final String TEAM_LEADER_PHONE = "teamLeaderPhone";

	static final String ONSITE_START_DATE = "onsiteStartDate";

	static final String ONSITE_END_DATE = "onsiteEndDate";

	static final String FEEDBACK_DATE = "feedbackDate";

	static final String EVALUATION_VERDICT = "evaluationVerdict";

	static final String RECTIFICATION_GRADE = "rectificationGrade";

	static final String SIGN_OFF_OPINION = "signOffOpinion";

	static final String TALK_DATE = "talkDate";

	static final String ACCOUNTABILITY_PROPOSED = "accountabilityProposed";

	static final String RECTIFICATION_CLOSED_DATE = "rectificationClosedDate";

	private InspectionVariables() {
	}

	static Map<String, Object> atStart(Inspection inspection, InspectedUnit unit) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(INSPECTION_RECORD_ID, String.valueOf(inspection.getId()));
		variables.put(ROUND_ID, String.valueOf(inspection.getRound().getId()));
		variables.put(UNIT_NAME, inspection.getUnitName());
		variables.put(UNIT_CODE, inspection.getUnitCode());
		variables.put(VILLAGE_GROUP, inspection.getUnitGroupId());
		variables.put(TOWNSHIP_GROUP, inspection.getTownshipGroupId());
		variables.put(IS_KEY_UNIT, inspection.getPriority() == UnitPriority.KEY);
		variables.put(UNIT_CATEGORY, processCategory(unit));
		variables.put(INSPECTION_MODE, inspection.getMode().processValue());
		variables.put(AUDIT_MODE, inspection.getAuditMode().processValue());
		variables.put(TEAM_GROUP, inspection.getTeamGroupId());
		variables.put(ONSITE_START_DATE, inspection.getPlannedEntryOn().toString());
		return Variables.fromMap(variables);
	}

	/** The form offers one category; a unit may have several: the first in order wins. */
	private static String processCategory(InspectedUnit unit) {
		return unit.getCategories()
			.stream()
			.sorted()
			.findFirst()
			.map((category) -> (category == UnitCategory.WEAK_AND_LAX) ? "WEAK_ORGANIZATION"
					: (category == UnitCategory.PETITION_HEAVY) ? "OTHER" : category.name())
			.orElse("ORDINARY");
	}

}

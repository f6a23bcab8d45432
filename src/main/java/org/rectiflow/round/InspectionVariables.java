package org.rectiflow.round;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.rectiflow.unit.UnitPriority;

/**
 * The variables the process {@code inspection-round} starts with; names as in
 * docs/process-variables.md.
 */
final class InspectionVariables {

	static final String INSPECTION_ID = "inspectionId";

	static final String UNIT_CODE = "unitCode";

	static final String UNIT_NAME = "unitName";

	static final String UNIT_GROUP = "unitGroup";

	static final String TOWNSHIP_GROUP = "townshipGroup";

	static final String TEAM_GROUP = "teamGroup";

	static final String PRIORITY = "priority";

	static final String MODE = "mode";

	static final String AUDIT_MODE = "auditMode";

	static final String PLANNED_ENTRY_DATE = "plannedEntryDate";

	static final String MIN_ONSITE_WORKING_DAYS = "minOnsiteWorkingDays";

	private InspectionVariables() {
	}

	static Map<String, Object> of(Inspection inspection) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(INSPECTION_ID, inspection.getId());
		variables.put(UNIT_CODE, inspection.getUnitCode());
		variables.put(UNIT_NAME, inspection.getUnitName());
		variables.put(UNIT_GROUP, inspection.getUnitGroupId());
		variables.put(TOWNSHIP_GROUP, inspection.getTownshipGroupId());
		variables.put(TEAM_GROUP, inspection.getTeamGroupId());
		variables.put(PRIORITY, inspection.getPriority().name());
		variables.put(MODE, inspection.getMode().name());
		variables.put(AUDIT_MODE, inspection.getAuditMode().name());
		variables.put(PLANNED_ENTRY_DATE, inspection.getPlannedEntryOn().toString());
		variables.put(MIN_ONSITE_WORKING_DAYS, (inspection.getPriority() == UnitPriority.KEY) ? 10 : 3);
		return Variables.fromMap(variables);
	}

}

package org.rectiflow.finding;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a finding says, as entered by a team or read from a spreadsheet row (validated).
 *
 * @param text the problem
 * @param category its category
 * @param checklistItemIds the checklist items it is linked to
 * @param source where it came from
 * @param severity how serious it is
 * @param supervisingDeptGroupId the supervising line department's group
 * @param moneyRecoveredYuan money recovered for villagers, if any (scale 2)
 */
record FindingContent(String text, FindingCategory category, Set<Long> checklistItemIds, FindingSource source,
		Severity severity, String supervisingDeptGroupId, BigDecimal moneyRecoveredYuan) {

	FindingContent {
		checklistItemIds = Set.copyOf(checklistItemIds);
		moneyRecoveredYuan = (moneyRecoveredYuan != null) ? moneyRecoveredYuan.setScale(2) : null;
	}

}

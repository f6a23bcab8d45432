package org.rectiflow.rectification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The variables of a rectification item's steps as its forms send them: the start of the
 * item, 认领并制定整改措施 and 落实整改 (written once for the item process tests).
 */
final class ItemVariables {

	private ItemVariables() {
	}

	/** An item of the unit's village group, supervised by the department. */
	static Map<String, Object> start(long findingId, String unitCode, String department) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("findingId", String.valueOf(findingId));
		variables.put("inspectionRecordId", String.valueOf(findingId / 7));
		variables.put("unitCode", unitCode);
		variables.put("villageGroup", "village-" + unitCode.toLowerCase(Locale.ROOT));
		variables.put("feedbackDate", LedgerFixtures.today().minusDays(3).toString());
		variables.put("findingText", "村集体鱼塘承包合同未经村民代表会议表决");
		variables.put("findingCategory", "COLLECTIVE_ASSETS");
		variables.put("supervisingDeptGroup", department);
		return variables;
	}

	static Map<String, Object> plan() {
		Map<String, Object> plan = new HashMap<>();
		plan.put("measures", "重新公开发包鱼塘，合同提交村民代表会议表决并公示");
		plan.put("responsiblePerson", "李主任");
		plan.put("responsiblePhone", "13912345678");
		plan.put("deadline", LedgerFixtures.today().plusDays(30).toString());
		plan.put("longTerm", false);
		return plan;
	}

	static Map<String, Object> implemented() {
		Map<String, Object> report = new HashMap<>();
		report.put("implementationSummary", "合同已重新表决并公示7天");
		report.put("moneyRecoveredYuan", 3500.0);
		report.put("mattersSolved", 1);
		return report;
	}

}

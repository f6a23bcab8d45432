package org.rectiflow.finding;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The problem list's size and the on-site log's totals. */
@Component
class FindingRecordCounts implements RecordCounts {

	private final FindingRepository findings;

	private final OnsiteActivityRepository activities;

	FindingRecordCounts(FindingRepository findings, OnsiteActivityRepository activities) {
		this.findings = findings;
		this.activities = activities;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Integer> of(long inspectionId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("findingCount", this.findings.findByInspectionIdOrderBySeqNo(inspectionId).size());
		for (OnsiteActivityKind kind : OnsiteActivityKind.values()) {
			counts.put(kind.variable(), 0);
		}
		for (Object[] row : this.activities.totals(inspectionId)) {
			counts.put(((OnsiteActivityKind) row[0]).variable(), ((Number) row[1]).intValue());
		}
		return counts;
	}

}

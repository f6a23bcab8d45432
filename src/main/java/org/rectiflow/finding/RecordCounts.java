package org.rectiflow.finding;

import java.util.Map;

/**
 * Figures of an inspection's report that come from its records, by process variable
 * ({@code findingCount}, {@code talkCount}, {@code clueCount} …). The modules that own
 * the records implement it ({@code transfer} for clues and letters), so that finding does
 * not depend on them; {@code recordCountsRecorder} writes them when the team completes
 * 开展进驻巡察 or 起草巡察报告, and the task page shows them live.
 */
public interface RecordCounts {

	/**
	 * @param inspectionId the inspection
	 * @return the figures by variable name
	 */
	Map<String, Integer> of(long inspectionId);

}

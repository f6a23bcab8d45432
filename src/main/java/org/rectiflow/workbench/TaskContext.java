package org.rectiflow.workbench;

import java.util.List;

import org.rectiflow.rectification.ItemDetail;
import org.rectiflow.rectification.TimelineEntry;

/**
 * What a task page shows beside the form: the unit, the item (finding, measures, deadline
 * and extensions, evidence, votes), the earlier return reasons, the item's timeline, and
 * for an inspection's report and plan steps its problem list.
 *
 * @param item the rectification item of an item step, or {@code null}
 * @param takesEvidence whether the user uploads evidence on this page
 * @param recordUrl the inspection's page 巡察记录 for a step of an inspection, or null
 * @param recordLabel the link's words: 巡察记录 on site, 问题清单 from the report on
 */
record TaskContext(String unitName, String townshipName, ItemDetail item, List<TimelineEntry> timeline,
		List<Problem> problems, List<String> returnReasons, boolean takesEvidence, String recordUrl,
		String recordLabel) {

	/** One problem of an inspection's problem list, with names. */
	record Problem(int seqNo, String text, String categoryName, String departmentName) {
	}

	/** Whether an evidence file is an image the page shows inline. */
	static boolean isImage(ItemDetail.AttachmentView attachment) {
		return attachment.contentType() != null && attachment.contentType().startsWith("image/");
	}

}

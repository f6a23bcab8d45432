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
 */
record TaskContext(String unitName, String townshipName, ItemDetail item, List<TimelineEntry> timeline,
		List<Problem> problems, List<String> returnReasons, boolean takesEvidence) {

	/** One problem of an inspection's problem list, with names. */
	record Problem(int seqNo, String text, String categoryName, String departmentName) {
	}

	/** Whether an evidence file is an image the page shows inline. */
	static boolean isImage(ItemDetail.AttachmentView attachment) {
		return attachment.contentType() != null && attachment.contentType().startsWith("image/");
	}

}

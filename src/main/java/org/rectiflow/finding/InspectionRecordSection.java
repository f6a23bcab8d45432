package org.rectiflow.finding;

import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.Inspection;

/**
 * A part of the page 巡察记录 that another module owns (clues and recommendation letters:
 * {@code transfer}), so that finding does not depend on it. The page inserts the fragment
 * {@code section(data, inspectionId, writable)} of {@link Section#template()}.
 */
public interface InspectionRecordSection {

	/**
	 * The section for this reader, or null when the reader sees none of it.
	 * @param inspection the inspection
	 * @param user the reader
	 * @param writable whether the reader may still add records (team or office, before
	 * the report was approved)
	 * @return the section, or null
	 */
	Section of(Inspection inspection, CurrentUser user, boolean writable);

	/**
	 * @param order where it goes (lower first)
	 * @param template the Thymeleaf template holding fragment {@code section}
	 * @param data what the fragment shows
	 */
	record Section(int order, String template, Object data) {

	}

}

package org.rectiflow.finding;

import java.time.Instant;

/**
 * A reporting villager's identity, decrypted for the discipline commission only.
 *
 * @param findingId the finding
 * @param name the name
 * @param contact the contact
 * @param note the note
 * @param recordedBy who entered it
 * @param recordedAt when
 */
record ReporterView(Long findingId, String name, String contact, String note, String recordedBy, Instant recordedAt) {

	@Override
	public String toString() {
		return "ReporterView[finding " + this.findingId + ", hidden]";
	}

}

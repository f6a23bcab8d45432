package org.rectiflow.finding;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code findingRegistrar} transfers besides the findings: the inspection's clues
 * and recommendation letters. The module that owns them ({@code transfer}) implements it,
 * so that finding does not depend on it.
 */
public interface TransferRegistry {

	/**
	 * Closes the inspection's lists of clues and letters (no more are added) and names
	 * them; idempotent.
	 * @param inspectionId the inspection whose report was heard
	 * @param registeredOn the day
	 * @return the ids to transfer
	 */
	RegisteredTransfers registerFor(long inspectionId, LocalDate registeredOn);

	/**
	 * The ids the process iterates over, as {@code List<String>}.
	 *
	 * @param clueIds every clue of the inspection, fast-transferred ones included
	 * @param recommendationIds every recommendation letter of the inspection
	 */
	record RegisteredTransfers(List<String> clueIds, List<String> recommendationIds) {

	}

}

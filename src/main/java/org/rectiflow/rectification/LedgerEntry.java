package org.rectiflow.rectification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One row of the ledger as the API lists it, with the Chinese labels a page shows.
 *
 * @param ledgerNumber the item's 台账编号, 〔2026〕城关镇-东村-003
 * @param overdueDays days past the deadline (0 when not overdue)
 */
public record LedgerEntry(Long id, String ledgerNumber, Long findingId, Long roundId, Long inspectionId,
		String townshipCode, String townshipName, String unitCode, String unitName, String category,
		String categoryName, String findingText, String responsibleUnit, String responsiblePerson,
		String supervisingDeptGroup, String supervisingDeptName, String measures, LocalDate deadline,
		LocalDate originalDeadline, WarningColour colour, String colourLabel, boolean flagged, ItemState state,
		String stateLabel, int returnCount, boolean longTerm, LocalDate signedOffOn, boolean overdue,
		long overdueDays) {

	static LedgerEntry of(RectificationItem item, LocalDate today) {
		boolean overdue = item.isOverdue(today);
		return new LedgerEntry(item.getId(), item.getLedgerNumber(), item.getFindingId(), item.getRoundId(),
				item.getInspectionId(), item.getTownshipCode(), item.getTownshipName(), item.getUnitCode(),
				item.getUnitName(), item.getCategory(), item.getCategoryName(), item.getFindingText(),
				item.getResponsibleUnit(), item.getResponsiblePerson(), item.getSupervisingDeptGroup(),
				item.getSupervisingDeptName(), item.getMeasures(), item.getDeadline(), item.getOriginalDeadline(),
				item.getColour(), item.getColour().label(), item.isFlagged(), item.getState(), item.getState().label(),
				item.getReturnCount(), item.isLongTerm(), item.getSignedOffOn(), overdue,
				overdue ? ChronoUnit.DAYS.between(item.getDeadline(), today) : 0);
	}

}

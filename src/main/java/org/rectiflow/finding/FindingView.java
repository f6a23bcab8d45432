package org.rectiflow.finding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A finding as the API shows it: never with the reporter's identity.
 *
 * @param id the id (also the rectification item's)
 * @param inspectionId the inspection
 * @param seqNo 序号 in the problem list
 * @param unitCode the unit's code
 * @param unitName the unit's name
 * @param unitGroupId the unit's group
 * @param townshipGroupId the township's group
 * @param teamGroupId the team's group
 * @param text the problem
 * @param category the category
 * @param categoryLabel the category in Chinese
 * @param checklistItemIds the linked checklist items
 * @param source where it came from
 * @param sourceLabel the source in Chinese
 * @param severity how serious
 * @param severityLabel the severity in Chinese
 * @param supervisingDeptGroupId the supervising department
 * @param moneyRecoveredYuan money recovered
 * @param registeredOn when the problem list was registered, null while a draft
 * @param createdBy who entered it
 * @param createdAt when
 */
record FindingView(Long id, Long inspectionId, int seqNo, String unitCode, String unitName, String unitGroupId,
		String townshipGroupId, String teamGroupId, String text, FindingCategory category, String categoryLabel,
		List<Long> checklistItemIds, FindingSource source, String sourceLabel, Severity severity, String severityLabel,
		String supervisingDeptGroupId, BigDecimal moneyRecoveredYuan, LocalDate registeredOn, String createdBy,
		Instant createdAt) {

	static FindingView of(Finding finding) {
		return new FindingView(finding.getId(), finding.getInspectionId(), finding.getSeqNo(), finding.getUnitCode(),
				finding.getUnitName(), finding.getUnitGroupId(), finding.getTownshipGroupId(), finding.getTeamGroupId(),
				finding.getText(), finding.getCategory(), finding.getCategory().label(),
				finding.getChecklistItemIds().stream().sorted().toList(), finding.getSource(),
				finding.getSource().label(), finding.getSeverity(), finding.getSeverity().label(),
				finding.getSupervisingDeptGroupId(), finding.getMoneyRecoveredYuan(), finding.getRegisteredOn(),
				finding.getCreatedBy(), finding.getCreatedAt());
	}

}

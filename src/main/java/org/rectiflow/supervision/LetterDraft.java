package org.rectiflow.supervision;

import java.time.LocalDate;
import java.util.Set;

/**
 * A letter to issue.
 *
 * @param kind its kind
 * @param subjectType what it is about
 * @param subjectId the item, clue or recommendation id
 * @param subjectNumber what people read as its number: the item's ledger number, the
 * clue's id
 * @param subjectText the finding (or the transfer) as printed
 * @param unitName the inspected unit
 * @param unitGroup its group
 * @param townshipGroup its township's group
 * @param departmentGroup the supervising department (item) or the receiver (transfer)
 * @param deadline the deadline the letter names, if any
 * @param recipientGroups who receives it
 * @param issuer a user id, or {@link Letter#TIMER}
 * @param trigger GREEN, YELLOW, RED, ADMONISH (timers) or MANUAL
 * @param reason why it is sent
 * @param processInstanceId the process step that issues it
 */
record LetterDraft(LetterKind kind, SubjectType subjectType, Long subjectId, String subjectNumber, String subjectText,
		String unitName, String unitGroup, String townshipGroup, String departmentGroup, LocalDate deadline,
		Set<String> recipientGroups, String issuer, String trigger, String reason, String processInstanceId) {

}

package org.rectiflow.supervision;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectiflow.common.BusinessKeys;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.rectification.RectificationItem;

import org.springframework.stereotype.Component;

/** The ledger item a process step is about, and the letter draft it turns into. */
@Component
class SupervisedItems {

	/** The process steps read the item as the office would (they act for it). */
	private static final CurrentUser OFFICE = new CurrentUser(Letter.TIMER, Set.of(GroupIds.INSPECTION_OFFICE));

	private final LedgerQueries ledger;

	SupervisedItems(LedgerQueries ledger) {
		this.ledger = ledger;
	}

	RectificationItem item(DelegateExecution execution) {
		return this.ledger.get(key(execution), OFFICE);
	}

	LetterDraft draft(RectificationItem item, LetterKind kind, Set<String> recipients, String issuer, String trigger,
			String reason, String processInstanceId) {
		return new LetterDraft(kind, SubjectType.ITEM, item.getId(), item.getLedgerNumber(), item.getFindingText(),
				item.getUnitName(), item.getUnitGroup(), item.getTownshipGroup(), item.getSupervisingDeptGroup(),
				item.getDeadline(), recipients, issuer, trigger, reason, processInstanceId);
	}

	/** The business key of the step's process, a record id. */
	static long key(DelegateExecution execution) {
		return BusinessKeys.toId(execution.getProcessBusinessKey());
	}

}

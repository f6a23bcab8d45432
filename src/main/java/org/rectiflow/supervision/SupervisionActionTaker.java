package org.rectiflow.supervision;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.rectification.ItemWarnings;
import org.rectiflow.rectification.RectificationItem;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * {@code supervisionActionTaker}: the step of {@code rectification-item} › 督办措施 that
 * carries out a supervisor's action (message {@code SupervisionActionRequested}, local
 * variables {@code supervisionAction}, {@code supervisionReason},
 * {@code supervisionRequestedBy}). Issues the letter — 提示函 to the unit; 督办函 to the unit
 * and its township; 挂牌督办通知 to them and the supervising department, and flags the item;
 * 约谈通知 to them, the discipline commission and the organization department — and sets the
 * local variable {@code supervisionLetterNumber}.
 */
@ProcessBean
@Component("supervisionActionTaker")
class SupervisionActionTaker implements JavaDelegate {

	private final SupervisedItems items;

	private final ItemWarnings warnings;

	private final Letters letters;

	SupervisionActionTaker(SupervisedItems items, ItemWarnings warnings, Letters letters) {
		this.items = items;
		this.warnings = warnings;
		this.letters = letters;
	}

	@Override
	public void execute(DelegateExecution execution) {
		SupervisionAction action = SupervisionAction.of((String) execution.getVariable("supervisionAction"));
		Object reason = execution.getVariable("supervisionReason");
		Object requestedBy = execution.getVariable("supervisionRequestedBy");
		RectificationItem item = this.items.item(execution);
		Set<String> recipients = new LinkedHashSet<>();
		recipients.add(item.getUnitGroup());
		if (action != SupervisionAction.REMINDER) {
			recipients.add(item.getTownshipGroup());
		}
		if (action == SupervisionAction.FLAG || action == SupervisionAction.ADMONISH) {
			recipients.add(item.getSupervisingDeptGroup());
		}
		if (action == SupervisionAction.ADMONISH) {
			recipients.add(GroupIds.DISCIPLINE_COMMISSION);
			recipients.add(GroupIds.ORGANIZATION_DEPT);
		}
		if (action == SupervisionAction.FLAG) {
			this.warnings.flag(execution);
		}
		Letter letter = this.letters.issue(this.items.draft(item, action.letter(), recipients,
				(requestedBy != null) ? requestedBy.toString() : Letter.TIMER, "MANUAL",
				(reason != null) ? reason.toString() : null, execution.getProcessInstanceId()));
		execution.setVariableLocal("supervisionLetterNumber", letter.getNumber());
	}

}

package org.rectiflow.supervision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.rectification.RectificationItem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's action on an item (提示函, 督办函, 挂牌督办, 约谈): checked here, then sent to the
 * item's process as message {@code SupervisionActionRequested}; the process's
 * {@code supervisionActionTaker} step issues the letter (and flags the item) in the same
 * transaction. The ledger is never changed from here.
 */
@Service
public class SupervisionActions {

	static final String MESSAGE = "SupervisionActionRequested";

	private final LedgerQueries ledger;

	private final RuntimeService runtime;

	private final Letters letters;

	SupervisionActions(LedgerQueries ledger, RuntimeService runtime, Letters letters) {
		this.ledger = ledger;
		this.runtime = runtime;
		this.letters = letters;
	}

	/** The actions this person may take at all (none for non-supervisors). */
	public List<SupervisionAction> allowed(CurrentUser user) {
		return List.of(SupervisionAction.values()).stream().filter((action) -> action.allowedFor(user)).toList();
	}

	/**
	 * Takes the action and returns the letter it issued.
	 * @throws AccessRefusedException (403) for anyone but a supervisor allowed this
	 * action
	 * @throws IllegalArgumentException (400) for an unknown action or a missing reason
	 * @throws RuleViolationException (409) when the item is signed off or its process is
	 * over
	 */
	@Transactional
	public Letter take(Long itemId, String actionName, String reason, CurrentUser user) {
		if (SupervisionAction.SUPERVISORS.stream().noneMatch(user::inGroup)) {
			throw new AccessRefusedException(
					"只有巡察办、巡察工作领导小组和纪委监委可以采取督办措施 / Only the inspection office, the leading group and the discipline commission may take supervision actions");
		}
		SupervisionAction action = SupervisionAction.of(actionName);
		if (!action.allowedFor(user)) {
			throw new AccessRefusedException(
					"只有" + action.allowedLabel() + "可以" + action.label() + " / Only "
							+ ((action == SupervisionAction.ADMONISH)
									? "the leading group and the discipline commission" : "supervisors")
							+ " may take action " + action);
		}
		String why = (reason != null) ? reason.strip() : "";
		if (why.length() < 2 || why.length() > 1000) {
			throw new IllegalArgumentException("请填写督办理由（2 到 1000 字） / A reason of 2 to 1000 characters is required");
		}
		RectificationItem item = this.ledger.get(itemId, user);
		if (!item.getState().isOpen() || item.getProcessInstanceId() == null) {
			throw new RuleViolationException(
					"整改事项 " + itemId + " 当前状态为「" + item.getState().label() + "」，不能再" + action.label() + " / Item "
							+ itemId + " is " + item.getState() + "; no supervision action is possible");
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("supervisionAction", action.name());
		variables.put("supervisionReason", why);
		variables.put("supervisionRequestedBy", user.userId());
		// Correlated as the application, not as the person (who is recorded in
		// supervisionRequestedBy): supervisors have no Camunda permission to update
		// process instances, and need none.
		try {
			this.runtime.createMessageCorrelation(MESSAGE)
				.processInstanceId(item.getProcessInstanceId())
				.setVariablesToTriggeredScope(variables)
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new RuleViolationException("整改事项 " + itemId + " 的流程已结束，不能再" + action.label()
					+ " / The process of item " + itemId + " is over");
		}
		return this.letters.about(SubjectType.ITEM, itemId)
			.stream()
			.filter((letter) -> user.userId().equals(letter.getIssuer()) && letter.getKind() == action.letter())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("流程没有出具文书 / the process issued no letter"));
	}

}

package org.rectiflow.supervision;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.rectification.ItemWarnings;
import org.rectiflow.rectification.RectificationItem;
import org.rectiflow.transfer.TransferSubjects;
import org.rectiflow.workflow.Deadlines;
import org.rectiflow.common.ProcessBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * {@code warningLetterSender} (docs/process-variables.md §4): the letters of the timers.
 * <ul>
 * <li>{@code rectification-item}, input {@code colour}: GREEN 提示函 to the unit, YELLOW 提示函
 * to the unit and its township (the leader in charge), RED 督办函 to both and the item
 * flagged 挂牌督办, ADMONISH 约谈通知 to the unit, its township, the discipline commission and
 * the organization department. The colour, the flag and the variables
 * {@code warningColour}/{@code flagged} are recorded by {@link ItemWarnings}.</li>
 * <li>{@code clue-handling} and {@code recommendation-handling}: 催办函 to the receiver
 * (纪委监委, or the recommendation's department).</li>
 * </ul>
 * Idempotent per (object, colour, deadline): a retried job finds its letter. A reminder
 * is not sent when a more severe colour is already due for the same deadline (a deadline
 * set only a few days ahead gets the yellow letter, not both).
 */
@ProcessBean
@Component("warningLetterSender")
class WarningLetterSender implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(WarningLetterSender.class);

	private final ItemWarnings warnings;

	private final SupervisedItems items;

	private final TransferSubjects transfers;

	private final LetterRepository repository;

	private final Letters letters;

	private final Deadlines deadlines;

	WarningLetterSender(ItemWarnings warnings, SupervisedItems items, TransferSubjects transfers,
			LetterRepository repository, Letters letters, Deadlines deadlines) {
		this.warnings = warnings;
		this.items = items;
		this.transfers = transfers;
		this.repository = repository;
		this.letters = letters;
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object colourValue = execution.getVariable("colour");
		String colour = (colourValue != null) ? colourValue.toString().strip().toUpperCase(Locale.ROOT) : null;
		String processKey = execution.getProcessDefinitionId().split(":")[0];
		switch (processKey) {
			case "rectification-item" -> itemLetter(execution, colour);
			case "clue-handling" -> transferLetter(execution, SubjectType.CLUE);
			case "recommendation-handling" -> transferLetter(execution, SubjectType.RECOMMENDATION);
			default -> throw new IllegalStateException(
					"warningLetterSender 不支持流程 " + processKey + " / no letters for process " + processKey);
		}
	}

	private void itemLetter(DelegateExecution execution, String colour) {
		this.warnings.record(execution, colour);
		RectificationItem item = this.items.item(execution);
		LocalDate deadline = item.getDeadline();
		// A warning fires once per deadline: a timer that a migration or a return to the
		// rectification period starts again finds its letter and opens no second task.
		boolean isNew = !existing(SubjectType.ITEM, item.getId(), colour, deadline);
		execution.setVariable(colour.toLowerCase(Locale.ROOT) + "WarningIsNew", isNew);
		if (!isNew) {
			return;
		}
		if (moreSevereDue(colour, deadline)) {
			log.info("Item {}: {} letter skipped, a more severe warning is due for {}", item.getId(), colour, deadline);
			return;
		}
		Set<String> recipients = new LinkedHashSet<>();
		recipients.add(item.getUnitGroup());
		LetterKind kind;
		String reason;
		switch (colour) {
			case "GREEN" -> {
				kind = LetterKind.REMINDER;
				reason = "距整改期限不足 " + this.deadlines.warning().greenDaysBefore() + " 日（绿色预警）";
			}
			case "YELLOW" -> {
				kind = LetterKind.REMINDER;
				reason = "距整改期限不足 " + this.deadlines.warning().yellowDaysBefore() + " 日（黄色预警）";
				recipients.add(item.getTownshipGroup());
			}
			case "RED" -> {
				kind = LetterKind.SUPERVISION;
				reason = "已超过整改期限尚未销号（红色预警），挂牌督办";
				recipients.add(item.getTownshipGroup());
			}
			default -> {
				kind = LetterKind.ADMONISH;
				reason = "超过整改期限 " + this.deadlines.warning().admonishDaysAfter() + " 日仍未销号，严重逾期，启动约谈问责";
				recipients.add(item.getTownshipGroup());
				recipients.add(GroupIds.DISCIPLINE_COMMISSION);
				recipients.add(GroupIds.ORGANIZATION_DEPT);
			}
		}
		this.letters.issue(this.items.draft(item, kind, recipients, Letter.TIMER, colour, reason,
				execution.getProcessInstanceId()));
	}

	private void transferLetter(DelegateExecution execution, SubjectType type) {
		long id = SupervisedItems.key(execution);
		TransferSubjects.Subject subject = ((type == SubjectType.CLUE) ? this.transfers.clue(id)
				: this.transfers.recommendation(id))
			.orElseThrow(
					() -> new IllegalStateException(type.label() + " " + id + " 不存在 / unknown " + type + " " + id));
		if (existing(type, id, "RED", subject.replyDueOn())) {
			return;
		}
		Set<String> recipients = new LinkedHashSet<>();
		recipients.add(subject.receiverGroup());
		recipients.add(GroupIds.INSPECTION_OFFICE);
		this.letters.issue(new LetterDraft(LetterKind.URGE, type, id, String.valueOf(id), subject.text(),
				subject.unitName(), subject.unitGroup(), subject.townshipGroup(), subject.receiverGroup(),
				subject.replyDueOn(), recipients, Letter.TIMER, "RED",
				"超过 " + this.deadlines.text("reply") + "办理反馈期限尚未反馈", execution.getProcessInstanceId()));
	}

	private boolean existing(SubjectType type, Long id, String trigger, LocalDate deadline) {
		return (deadline != null)
				? this.repository.findFirstBySubjectTypeAndSubjectIdAndTriggerAndDeadline(type, id, trigger, deadline)
					.isPresent()
				: this.repository.findFirstBySubjectTypeAndSubjectIdAndTriggerAndDeadlineIsNull(type, id, trigger)
					.isPresent();
	}

	private boolean moreSevereDue(String colour, LocalDate deadline) {
		if (deadline == null) {
			return false;
		}
		String next = switch (colour) {
			case "GREEN" -> "YELLOW";
			case "YELLOW" -> "RED";
			default -> null;
		};
		return next != null && !ClockUtil.getCurrentTime().before(this.deadlines.warningAt(deadline, next));
	}

}

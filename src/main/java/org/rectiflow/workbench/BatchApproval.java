package org.rectiflow.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.workflow.CompletionRules;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.ItemDetail;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.rectification.ReviewParties;
import org.rectiflow.rectification.ReviewParty;
import org.rectiflow.workbench.TaskScope.ScopedTask;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 批量审核 for the four-party reviewers: their open review tasks with each item's evidence
 * summary, approved together (each task completed with its form's approve decision, as
 * the person, in one transaction: all or none). A return stays one by one, with its
 * reason, on the task's own page.
 */
@Service
class BatchApproval {

	/**
	 * The review steps and the decision variable of each one's form, from the parties of
	 * the settings ({@code rectiflow.review.parties}).
	 */
	private final Map<String, String> decisions;

	static final int MOST = 100;

	private final TaskService tasks;

	private final IdentityService identity;

	private final TaskScope scope;

	private final TaskCards cards;

	private final LedgerQueries ledger;

	private final CompletionRules completionRules;

	BatchApproval(TaskService tasks, IdentityService identity, TaskScope scope, TaskCards cards, LedgerQueries ledger,
			CompletionRules completionRules, ReviewParties parties) {
		this.completionRules = completionRules;
		this.decisions = parties.all()
			.stream()
			.collect(Collectors.toUnmodifiableMap(ReviewParty::taskKey, ReviewParty::decisionVariable));
		this.tasks = tasks;
		this.identity = identity;
		this.scope = scope;
		this.cards = cards;
		this.ledger = ledger;
	}

	/**
	 * The person's review tasks (held or unclaimed of their groups), oldest deadline
	 * first.
	 */
	List<BatchRow> pending(CurrentUser user) {
		List<String> groups = user.groups().stream().sorted().toList();
		if (groups.isEmpty()) {
			return List.of();
		}
		List<Task> found = this.tasks.createTaskQuery()
			.active()
			.processDefinitionKey("rectification-item")
			.taskDefinitionKeyIn(this.decisions.keySet().toArray(String[]::new))
			.or()
			.taskAssignee(user.userId())
			.taskCandidateGroupIn(groups)
			.endOr()
			.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, MOST);
		List<BatchRow> rows = new ArrayList<>();
		for (Task task : found) {
			if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
				continue;
			}
			TaskCard card = this.cards.card(task, user);
			ItemDetail detail = null;
			try {
				detail = this.ledger.detail(Long.valueOf(card.businessKey()), user);
			}
			catch (RuntimeException ex) {
				// an item the person cannot read shows no evidence
			}
			rows.add(new BatchRow(card, detail));
		}
		return rows;
	}

	/** Approves every chosen task, or none when one of them may not be approved. */
	@Transactional
	int approve(List<String> taskIds, CurrentUser user) {
		if (taskIds == null || taskIds.isEmpty()) {
			throw new InvalidInputException("请至少选择一项 / Choose at least one item");
		}
		if (taskIds.size() > MOST) {
			throw new InvalidInputException("一次最多审核 " + MOST + " 项 / At most " + MOST + " items at once");
		}
		List<ScopedTask> chosen = new ArrayList<>();
		for (String taskId : taskIds.stream().distinct().toList()) {
			ScopedTask task = this.scope.visible(taskId, user);
			if (!this.decisions.containsKey(task.task().getTaskDefinitionKey())) {
				throw new InvalidInputException("「" + task.task().getName() + "」不是会审任务，不能批量审核 / Not a review task");
			}
			if (!task.mayWork(user)) {
				throw new AccessRefusedException(
						"「" + task.task().getName() + "」不是您可以审核的任务 / You may not review this task");
			}
			this.completionRules.check(taskId, Set.of(this.decisions.get(task.task().getTaskDefinitionKey())));
			chosen.add(task);
		}
		this.identity.setAuthentication(user.userId(), List.copyOf(user.groups()));
		try {
			for (ScopedTask task : chosen) {
				if (task.task().getAssignee() == null) {
					this.tasks.claim(task.id(), user.userId());
				}
				this.tasks.complete(task.id(),
						Map.of(this.decisions.get(task.task().getTaskDefinitionKey()), "APPROVE"));
			}
		}
		finally {
			this.identity.clearAuthentication();
		}
		return chosen.size();
	}

	/**
	 * One review task with its item.
	 *
	 * @param card the task's card
	 * @param item the item with its evidence, or {@code null}
	 */
	record BatchRow(TaskCard card, ItemDetail item) {

		public int evidenceCount() {
			return (this.item != null) ? this.item.attachments().size() : 0;
		}

	}

}

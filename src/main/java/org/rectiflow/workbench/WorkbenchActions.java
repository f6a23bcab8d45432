package org.rectiflow.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.Labels;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.UserNames;
import org.rectiflow.notification.Notice;
import org.rectiflow.notification.Notifications;
import org.rectiflow.rectification.ExtensionRequests;
import org.rectiflow.workbench.TaskScope.ScopedTask;
import org.rectiflow.workflow.TaskActions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task actions of the workbench: 认领/释放, 退回, 转办, 委派 (and its 办理完毕), 延期申请, 催办 and 抄送.
 * Each checks that the person may see the task ({@link TaskScope}) and may take the
 * action, then acts through the engine, leaving a comment that names who and why.
 */
@Service
class WorkbenchActions {

	private final TaskScope scope;

	private final TaskService tasks;

	private final IdentityService identity;

	private final TaskActions taskActions;

	private final ExtensionRequests extensions;

	private final Notifications notifications;

	private final CarbonCopies copies;

	private final TaskCards cards;

	private final UserNames userNames;

	private final Labels labels;

	WorkbenchActions(TaskScope scope, TaskService tasks, IdentityService identity, TaskActions taskActions,
			ExtensionRequests extensions, Notifications notifications, CarbonCopies copies, TaskCards cards,
			UserNames userNames, Labels labels) {
		this.scope = scope;
		this.tasks = tasks;
		this.identity = identity;
		this.taskActions = taskActions;
		this.extensions = extensions;
		this.notifications = notifications;
		this.copies = copies;
		this.cards = cards;
		this.userNames = userNames;
		this.labels = labels;
	}

	/** Carries out an action named in the address; returns what to tell the person. */
	@Transactional
	String act(String taskId, String action, Map<String, String> form, CurrentUser user) {
		ScopedTask task = this.scope.visible(taskId, user);
		return switch (action) {
			case "claim" -> claim(task, user);
			case "release" -> release(task, user);
			case "return" -> returnTask(task, text(form, "reason", "退回理由", 2, 500), user);
			case "transfer" ->
				transfer(task, required(form, "colleague", "接收人"), text(form, "reason", "转办理由", 2, 500), user);
			case "delegate" -> delegate(task, required(form, "colleague", "被委派人"), user);
			case "resolve" -> resolve(task, user);
			case "extension" ->
				extension(task, date(form.get("requestedDeadline")), text(form, "reason", "延期理由", 5, 1000), user);
			case "urge" -> urge(task, text(form, "reason", "催办事由", 2, 500), user);
			case "cc" -> carbonCopy(task, form.get("toUser"), form.get("toGroup"), optional(form, "note", 500), user);
			default -> throw new InvalidInputException("没有名为「" + action + "」的操作 / No action " + action);
		};
	}

	private String claim(ScopedTask task, CurrentUser user) {
		if (task.heldBy(user)) {
			return "该任务已由您认领";
		}
		if (task.task().getAssignee() != null) {
			throw new RuleViolationException("该任务已由" + this.userNames.of(task.task().getAssignee())
					+ "认领，不能再认领 / The task is already claimed by " + task.task().getAssignee());
		}
		if (!task.candidate(user)) {
			throw new AccessRefusedException("该任务不属于您所在的部门，不能认领 / The task is not one of your groups'");
		}
		this.tasks.claim(task.id(), user.userId());
		return "已认领「" + task.task().getName() + "」";
	}

	private String release(ScopedTask task, CurrentUser user) {
		if (!task.heldBy(user) || task.delegated()) {
			throw new AccessRefusedException("只能释放自己认领的任务 / Only a task you claimed can be released");
		}
		this.tasks.setAssignee(task.id(), null);
		return "已释放「" + task.task().getName() + "」，本部门同事可以认领";
	}

	private String returnTask(ScopedTask task, String reason, CurrentUser user) {
		requireWork(task, user);
		String target = this.taskActions.returnTargetName(task.id(), user).orElse(null);
		this.taskActions.returnToPrevious(task.id(), reason, user);
		return "已退回至「" + target + "」，退回理由已告知对方";
	}

	private String transfer(ScopedTask task, String colleague, String reason, CurrentUser user) {
		requireWork(task, user);
		if (colleague.equals(user.userId())) {
			throw new InvalidInputException("不能转办给自己 / A task cannot be passed to oneself");
		}
		this.taskActions.transfer(task.id(), colleague, reason, user);
		return "已转办给" + this.userNames.of(colleague);
	}

	private String delegate(ScopedTask task, String colleague, CurrentUser user) {
		requireWork(task, user);
		if (task.delegated()) {
			throw new RuleViolationException("该任务是别人委派给您的，不能再委派 / A delegated task cannot be delegated again");
		}
		if (colleague.equals(user.userId()) || !colleagues(task).containsKey(colleague)) {
			throw new RuleViolationException("只能委派给本部门的同事 / A task can only be delegated to a colleague: " + colleague);
		}
		if (task.task().getAssignee() == null) {
			this.tasks.claim(task.id(), user.userId());
		}
		comment(task, user, "委派给 " + this.userNames.of(colleague));
		this.tasks.delegateTask(task.id(), colleague);
		return "已委派给" + this.userNames.of(colleague) + "，办理后任务回到您这里";
	}

	private String resolve(ScopedTask task, CurrentUser user) {
		if (!task.heldBy(user) || !task.delegated()) {
			throw new RuleViolationException("只有被委派人可以办理完毕并交回 / Only the delegate can resolve a delegated task");
		}
		comment(task, user, "委派事项已办理，交回" + this.userNames.of(task.task().getOwner()));
		this.tasks.resolveTask(task.id());
		return "已办理完毕，任务交回" + this.userNames.of(task.task().getOwner());
	}

	private String extension(ScopedTask task, LocalDate requested, String reason, CurrentUser user) {
		Long itemId = task.itemId();
		if (itemId == null) {
			throw new RuleViolationException("只有整改事项的任务可以申请延期 / Only rectification item tasks can be extended");
		}
		ExtensionRequests.Accepted accepted = this.extensions.request(itemId,
				new ExtensionRequests.Request(requested, reason), user);
		return "延期申请已提交（申请延期至 " + accepted.requestedDeadline() + "），等待巡察办审批";
	}

	private String urge(ScopedTask task, String reason, CurrentUser user) {
		if (!task.mayUrge(user)) {
			throw new AccessRefusedException("只有巡察办、领导小组、纪委监委和所属乡镇可以催办，且不能催办本部门的任务 / You may not urge this task");
		}
		comment(task, user, "催办：" + reason);
		TaskCard card = this.cards.card(task.task(), user);
		Set<String> recipients = new LinkedHashSet<>(task.candidates());
		if (recipients.isEmpty()) {
			throw new RuleViolationException("该任务没有办理部门，无法催办 / The task has no candidate group to urge");
		}
		String about = (card.unitName() != null) ? "（" + card.unitName() + "）" : "";
		this.notifications.send(new Notice("催办：" + card.taskName() + about,
				this.userNames.of(user.userId()) + "催办「" + card.taskName() + "」" + about
						+ ((card.problem() != null) ? "，问题：" + card.shortProblem() : "") + "。催办事由：" + reason,
				"/workbench/tasks/" + task.id(), "task:" + task.id(), recipients));
		return "已催办，" + this.labels.groups(recipients) + "将收到通知";
	}

	private String carbonCopy(ScopedTask task, String toUser, String toGroup, String note, CurrentUser user) {
		String person = (toUser == null || toUser.isBlank()) ? null : toUser.strip();
		String group = (toGroup == null || toGroup.isBlank()) ? null : toGroup.strip();
		if ((person == null) == (group == null)) {
			throw new InvalidInputException("请选择抄送给一个人或一个部门（二选一） / Choose either a person or a group to copy to");
		}
		if (person != null && this.identity.createUserQuery().userId(person).count() == 0) {
			throw new InvalidInputException("没有这个用户：" + person + " / No such user");
		}
		if (group != null && this.identity.createGroupQuery().groupId(group).count() == 0) {
			throw new InvalidInputException("没有这个部门：" + group + " / No such group");
		}
		TaskCard card = this.cards.card(task.task(), user);
		this.copies.copy(card, task.task().getProcessInstanceId(), person, group, note, user);
		if (group != null) {
			this.notifications.send(new Notice("抄送：" + card.taskName(),
					this.userNames.of(user.userId()) + "抄送「" + card.taskName() + "」"
							+ ((card.unitName() != null) ? "（" + card.unitName() + "）" : "")
							+ ((note != null) ? "：" + note : ""),
					"/workbench?list=cc", "task:" + task.id(), Set.of(group)));
		}
		return "已抄送给" + ((person != null) ? this.userNames.of(person) : this.labels.group(group));
	}

	/** The members of the task's candidate groups but the user, by name. */
	Map<String, String> colleagues(ScopedTask task) {
		Map<String, String> colleagues = new LinkedHashMap<>();
		for (String group : task.candidates()) {
			for (User member : this.identity.createUserQuery()
				.memberOfGroup(group)
				.orderByUserLastName()
				.asc()
				.list()) {
				colleagues.putIfAbsent(member.getId(), this.userNames.of(member.getId()));
			}
		}
		return colleagues;
	}

	private static void requireWork(ScopedTask task, CurrentUser user) {
		if (!task.mayWork(user)) {
			throw new AccessRefusedException((task.task().getAssignee() != null)
					? "该任务已由他人认领，只有认领人可以办理 / Only the person who claimed the task may act on it"
					: "该任务不属于您所在的部门 / The task is not one of your groups'");
		}
	}

	private void comment(ScopedTask task, CurrentUser user, String text) {
		String previous = (this.identity.getCurrentAuthentication() != null)
				? this.identity.getCurrentAuthentication().getUserId() : null;
		this.identity.setAuthenticatedUserId(user.userId());
		try {
			this.tasks.createComment(task.id(), task.task().getProcessInstanceId(), text);
		}
		finally {
			this.identity.setAuthenticatedUserId(previous);
		}
	}

	private static String required(Map<String, String> form, String name, String label) {
		String value = form.get(name);
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("请选择" + label + " / " + name + " is required");
		}
		if (value.length() > 64) {
			throw new InvalidInputException(label + "有误 / " + name + " is too long");
		}
		return value.strip();
	}

	private static String text(Map<String, String> form, String name, String label, int min, int max) {
		String value = (form.get(name) != null) ? form.get(name).strip() : "";
		if (value.length() < min || value.length() > max) {
			throw new InvalidInputException("请填写" + label + "（" + min + " 到 " + max + " 字） / " + name + ": " + min
					+ " to " + max + " characters");
		}
		return value;
	}

	private static String optional(Map<String, String> form, String name, int max) {
		String value = (form.get(name) != null) ? form.get(name).strip() : "";
		if (value.length() > max) {
			throw new InvalidInputException("说明不能超过 " + max + " 字 / " + name + " is at most " + max + " characters");
		}
		return value.isEmpty() ? null : value;
	}

	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("请填写申请延期至的日期 / requestedDeadline is required");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("日期格式应为 yyyy-MM-dd：" + value + " / Not a date", ex);
		}
	}

	/** Recent comments of the task's process, newest first, for the actions panel. */
	List<org.camunda.bpm.engine.task.Comment> comments(ScopedTask task) {
		if (task.task().getProcessInstanceId() == null) {
			return this.tasks.getTaskComments(task.id());
		}
		List<org.camunda.bpm.engine.task.Comment> all = this.tasks
			.getProcessInstanceComments(task.task().getProcessInstanceId());
		return all.stream().limit(10).toList();
	}

}

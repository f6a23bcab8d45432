package org.rectiflow.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two task habits of Chinese BPM users that Camunda has no button for: 退回 (send the
 * task back to the step before it, with a reason) and 转办 (hand it to a colleague of the
 * same department). Both leave a comment, so the item's timeline shows who, when and why.
 */
@Service
public class TaskActions {

	static final String RETURN_REASON = "lastReturnReason";

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final IdentityService identity;

	private final RepositoryService repository;

	TaskActions(TaskService tasks, RuntimeService runtime, HistoryService history, IdentityService identity,
			RepositoryService repository) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.history = history;
		this.identity = identity;
		this.repository = repository;
	}

	/** 转办: the task is assigned to a colleague who shares one of its candidate groups. */
	@Transactional
	public void transfer(String taskId, String colleague, String reason, CurrentUser user) {
		Task task = workableTask(taskId, user);
		List<String> groups = candidateGroups(taskId);
		boolean isColleague = colleague != null && groups.stream()
			.anyMatch((group) -> this.identity.createUserQuery().userId(colleague).memberOfGroup(group).count() > 0);
		if (!isColleague) {
			throw new RuleViolationException("只能转办给本部门的同事 / A task can only be passed to a colleague of "
					+ String.join(", ", groups) + ": " + colleague);
		}
		comment(task, user, "转办给 " + colleague + "：" + reason);
		this.tasks.setAssignee(taskId, colleague);
	}

	/**
	 * 退回: the task is cancelled and the user task before it, in the task's own scope, is
	 * opened again. When the task is the first of an embedded sub-process, the step
	 * before the sub-process is meant, and the sub-process is left. Refused (409) where
	 * that would lose other work: a scope left or returned in that runs anything else in
	 * parallel, or an event sub-process (a warning, an extension request), whose steps
	 * have no step before them outside it (issue 16 B4).
	 */
	@Transactional
	public String returnToPrevious(String taskId, String reason, CurrentUser user) {
		Task task = workableTask(taskId, user);
		ReturnTarget target = target(task);
		comment(task, user, "退回至「" + target.previous().getActivityName() + "」：" + reason);
		this.runtime.createProcessInstanceModification(task.getProcessInstanceId())
			.cancelActivityInstance(target.leaving().getId())
			.startBeforeActivity(target.previous().getActivityId(), target.scope().getId())
			.setVariable(RETURN_REASON, reason)
			.execute();
		return target.previous().getActivityId();
	}

	/**
	 * The name of the step a 退回 of this task would open again, for the page to say where
	 * the task goes; empty when the task cannot be returned (first step, parallel work, a
	 * warning's or extension's own step).
	 */
	public Optional<String> returnTargetName(String taskId, CurrentUser user) {
		Task task = workableTask(taskId, user);
		try {
			return Optional.ofNullable(target(task).previous().getActivityName());
		}
		catch (RuleViolationException ex) {
			return Optional.empty();
		}
	}

	private ReturnTarget target(Task task) {
		List<ActivityInstance> path = pathTo(task);
		for (int level = path.size() - 1; level >= 1; level--) {
			ActivityInstance leaving = path.get(level);
			ActivityInstance scope = path.get(level - 1);
			if (scope.getChildActivityInstances().length + scope.getChildTransitionInstances().length > 1) {
				throw new RuleViolationException("「" + name(scope) + "」中还有其他并行的环节，退回会取消它们，不能退回 / "
						+ "Other work runs in parallel in " + scope.getActivityId() + "; a return would cancel it");
			}
			HistoricActivityInstance previous = previousUserTask(task, scope.getId());
			if (previous != null) {
				return new ReturnTarget(leaving, scope, previous);
			}
			if (isEventSubProcess(task, scope)) {
				throw new RuleViolationException("「" + name(scope) + "」中这是第一步，没有可退回的上一步 / This is the first step of "
						+ scope.getActivityId() + ": there is no step to return to");
			}
		}
		throw new RuleViolationException("这是流程的第一步，没有可退回的上一步 / This is the first step: there is no step to return to");
	}

	private record ReturnTarget(ActivityInstance leaving, ActivityInstance scope, HistoricActivityInstance previous) {
	}

	private boolean isEventSubProcess(Task task, ActivityInstance scope) {
		BpmnModelInstance model = this.repository.getBpmnModelInstance(task.getProcessDefinitionId());
		return model.getModelElementById(scope.getActivityId()) instanceof SubProcess subProcess
				&& subProcess.triggeredByEvent();
	}

	private static String name(ActivityInstance scope) {
		return (scope.getActivityName() != null) ? scope.getActivityName() : scope.getActivityId();
	}

	private Task workableTask(String taskId, CurrentUser user) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || !mayWork(task, user)) {
			throw new RecordNotFoundException("任务", taskId);
		}
		return task;
	}

	private boolean mayWork(Task task, CurrentUser user) {
		if (user.userId().equals(task.getAssignee())) {
			return true;
		}
		return task.getAssignee() == null && candidateGroups(task.getId()).stream().anyMatch(user::inGroup);
	}

	private List<String> candidateGroups(String taskId) {
		return this.tasks.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.filter(Objects::nonNull)
			.toList();
	}

	/** The activity instances from the process instance down to the task's own. */
	private List<ActivityInstance> pathTo(Task task) {
		List<ActivityInstance> path = new ArrayList<>();
		if (!find(this.runtime.getActivityInstance(task.getProcessInstanceId()), task.getExecutionId(), path)) {
			throw new IllegalStateException("No activity instance for task " + task.getId());
		}
		return path;
	}

	private static boolean find(ActivityInstance instance, String executionId, List<ActivityInstance> path) {
		path.add(instance);
		if (instance.getChildActivityInstances().length == 0
				&& List.of(instance.getExecutionIds()).contains(executionId)) {
			return true;
		}
		for (ActivityInstance child : instance.getChildActivityInstances()) {
			if (find(child, executionId, path)) {
				return true;
			}
		}
		path.remove(path.size() - 1);
		return false;
	}

	private HistoricActivityInstance previousUserTask(Task task, String scopeInstanceId) {
		return this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.activityType("userTask")
			.finished()
			.list()
			.stream()
			.filter((done) -> scopeInstanceId.equals(done.getParentActivityInstanceId()))
			.filter((done) -> !done.getActivityId().equals(task.getTaskDefinitionKey()))
			.filter((done) -> !done.getEndTime().after(task.getCreateTime()))
			.max(Comparator.comparing(HistoricActivityInstance::getEndTime))
			.orElse(null);
	}

	private void comment(Task task, CurrentUser user, String text) {
		String previousUser = (this.identity.getCurrentAuthentication() != null)
				? this.identity.getCurrentAuthentication().getUserId() : null;
		this.identity.setAuthenticatedUserId(user.userId());
		try {
			this.tasks.createComment(task.getId(), task.getProcessInstanceId(), text);
		}
		finally {
			this.identity.setAuthenticatedUserId(previousUser);
		}
	}

}

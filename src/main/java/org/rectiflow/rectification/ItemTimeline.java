package org.rectiflow.rectification;

import java.time.Instant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Comment;
import org.rectiflow.common.Labels;
import org.rectiflow.common.Times;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's timeline — who did what, when and why — assembled when it is read from
 * Camunda's history of the item's process (tasks, automatic steps, timers, messages, user
 * operations, comments, the reasons entered in forms) and from the ledger's own records
 * (votes, extensions, progress reports, evidence). Nothing is copied into a timeline
 * table, so the two can never disagree.
 */
@Service
@Transactional(readOnly = true)
public class ItemTimeline {

	static final String PROCESS_KEY = "rectification-item";

	/** Form variables that explain a step, with how the timeline names them. */
	private static final Map<String, String> REASON_VARIABLES = reasonVariables();

	/** Variables in which the application records who sent a message. */
	private static final Set<String> REQUESTER_VARIABLES = Set.of("supervisionRequestedBy", "extensionRequestedBy");

	private static final long SAME_STEP_MILLIS = 2000;

	/**
	 * The task properties Camunda logs when a task changes hands, with their Chinese
	 * names.
	 */
	private static final Map<String, String> PROPERTY_NAMES = Map.of("assignee", "办理人", "owner", "所有者", "delegation",
			"委派状态", "candidate", "候选人/候选单位", "dueDate", "期限", "followUpDate", "跟进日期", "priority", "优先级", "name", "名称",
			"description", "说明", "deleteReason", "原因");

	private static final Set<String> PEOPLE_PROPERTIES = Set.of("assignee", "owner", "candidate", "userId", "groupId");

	private static final Set<String> DATE_PROPERTIES = Set.of("dueDate", "followUpDate");

	private final LedgerQueries queries;

	private final DeadlineExtensionRepository extensions;

	private final ReviewVoteRepository votes;

	private final ProgressReportRepository progress;

	private final EvidenceAttachmentRepository attachments;

	private final HistoryService history;

	private final TaskService tasks;

	private final IdentityService identity;

	private final Labels labels;

	private final PlanCorrectionRepository corrections;

	private final Times times;

	ItemTimeline(LedgerQueries queries, DeadlineExtensionRepository extensions, ReviewVoteRepository votes,
			ProgressReportRepository progress, EvidenceAttachmentRepository attachments, HistoryService history,
			TaskService tasks, IdentityService identity, Labels labels, Times times,
			PlanCorrectionRepository corrections) {
		this.corrections = corrections;
		this.queries = queries;
		this.extensions = extensions;
		this.votes = votes;
		this.progress = progress;
		this.attachments = attachments;
		this.history = history;
		this.tasks = tasks;
		this.identity = identity;
		this.labels = labels;
		this.times = times;
	}

	/** The item's timeline, oldest first; 404 when the caller may not read the item. */
	public List<TimelineEntry> of(Long itemId, CurrentUser user) {
		RectificationItem item = this.queries.get(itemId, user);
		List<Draft> drafts = new ArrayList<>();
		Set<String> processes = processInstances(item);
		for (String processInstanceId : processes) {
			fromProcess(processInstanceId, drafts);
		}
		fromRecords(item, processes.isEmpty(), drafts);
		Map<String, String> names = names(drafts);
		return drafts.stream()
			.sorted(Comparator.comparing(Draft::at).thenComparing(Draft::order))
			.map((draft) -> new TimelineEntry(draft.at(), draft.who(),
					(draft.who() != null) ? names.getOrDefault(draft.who(), draft.who()) : "系统", draft.what(),
					draft.why(), draft.source()))
			.toList();
	}

	private Set<String> processInstances(RectificationItem item) {
		Set<String> ids = new LinkedHashSet<>();
		if (item.getProcessInstanceId() != null) {
			ids.add(item.getProcessInstanceId());
		}
		this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(item.getId()))
			.processDefinitionKey(PROCESS_KEY)
			.list()
			.forEach((instance) -> ids.add(instance.getId()));
		return ids;
	}

	private void fromProcess(String processInstanceId, List<Draft> drafts) {
		List<HistoricVariableUpdate> allUpdates = this.history.createHistoricDetailQuery()
			.processInstanceId(processInstanceId)
			.variableUpdates()
			.disableBinaryFetching()
			.list()
			.stream()
			.filter(HistoricVariableUpdate.class::isInstance)
			.map(HistoricVariableUpdate.class::cast)
			.toList();
		List<HistoricVariableUpdate> updates = allUpdates.stream()
			.filter((update) -> REASON_VARIABLES.containsKey(update.getVariableName()))
			.toList();
		List<HistoricVariableUpdate> requesters = allUpdates.stream()
			.filter((update) -> REQUESTER_VARIABLES.contains(update.getVariableName()))
			.toList();
		Map<String, String> completedBy = completedBy(processInstanceId, drafts);
		for (HistoricTaskInstance task : this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.list()) {
			drafts.add(new Draft(task.getStartTime(), null, "派送待办「" + task.getName() + "」",
					(task.getDueDate() != null) ? "办理期限 " + this.times.minute(task.getDueDate()) : null, "TASK", 1));
			if (task.getEndTime() == null) {
				continue;
			}
			if ("completed".equals(task.getDeleteReason())) {
				String who = (task.getAssignee() != null) ? task.getAssignee() : completedBy.get(task.getId());
				drafts.add(new Draft(task.getEndTime(), who, "办理「" + task.getName() + "」",
						reasons(updates, task.getEndTime()), "TASK", 2));
			}
			else {
				drafts.add(new Draft(task.getEndTime(), null, "待办「" + task.getName() + "」已撤销", task.getDeleteReason(),
						"TASK", 2));
			}
		}
		for (HistoricActivityInstance activity : this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.list()) {
			String what = describe(activity);
			if (what != null) {
				boolean message = activity.getActivityType().contains("essage");
				String why = message ? reasons(updates, activity.getStartTime()) : null;
				String who = message ? requester(requesters, activity.getStartTime()) : null;
				drafts.add(new Draft(activity.getStartTime(), who, what, why, "PROCESS", 0));
			}
		}
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (instance != null && instance.getEndTime() != null && instance.getDeleteReason() != null) {
			drafts.add(new Draft(instance.getEndTime(), null, "流程被终止", instance.getDeleteReason(), "PROCESS", 3));
		}
		for (Comment comment : this.tasks.getProcessInstanceComments(processInstanceId)) {
			drafts
				.add(new Draft(comment.getTime(), comment.getUserId(), "填写意见", comment.getFullMessage(), "COMMENT", 3));
		}
	}

	/**
	 * Who completed each task when the task had no assignee, from the user operation log;
	 * the other logged operations become timeline lines themselves.
	 */
	private Map<String, String> completedBy(String processInstanceId, List<Draft> drafts) {
		Map<String, String> completedBy = new HashMap<>();
		Map<String, List<UserOperationLogEntry>> operations = this.history.createUserOperationLogQuery()
			.processInstanceId(processInstanceId)
			.list()
			.stream()
			.collect(Collectors.groupingBy(
					(entry) -> (entry.getOperationId() != null) ? entry.getOperationId() : entry.getId(),
					LinkedHashMap::new, Collectors.toList()));
		for (List<UserOperationLogEntry> entries : operations.values()) {
			UserOperationLogEntry first = entries.get(0);
			String type = first.getOperationType();
			if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(type) && first.getTaskId() != null) {
				completedBy.put(first.getTaskId(), first.getUserId());
				continue;
			}
			if (UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(type)) {
				continue;
			}
			String changes = entries.stream()
				.filter((entry) -> entry.getProperty() != null && !entry.getProperty().equals("nrOfInstances")
						&& !entry.getProperty().equals("async"))
				.map(this::change)
				.collect(Collectors.joining("；"));
			String why = (first.getAnnotation() != null)
					? first.getAnnotation() + (changes.isEmpty() ? "" : "；" + changes)
					: (changes.isEmpty() ? null : changes);
			drafts.add(new Draft(first.getTimestamp(), first.getUserId(), operationLabel(type), why, "OPERATION", 2));
		}
		return completedBy;
	}

	/**
	 * One changed property of a logged operation as people read it: 办理人：— → 青山村 (a user
	 * or group by name, a date as a date), never the engine's property name and ids.
	 */
	private String change(UserOperationLogEntry entry) {
		String property = entry.getProperty();
		return PROPERTY_NAMES.getOrDefault(property, property) + "：" + value(property, entry.getOrgValue()) + " → "
				+ value(property, entry.getNewValue());
	}

	private String value(String property, String value) {
		if (value == null || value.isBlank()) {
			return "—";
		}
		if (PEOPLE_PROPERTIES.contains(property)) {
			return person(value);
		}
		if (DATE_PROPERTIES.contains(property) && value.chars().allMatch(Character::isDigit)) {
			return this.times.minute(Instant.ofEpochMilli(Long.parseLong(value)));
		}
		return switch (value) {
			case "PENDING" -> "待办结";
			case "RESOLVED" -> "已办结";
			default -> value;
		};
	}

	/** A user by name, else a group (a unit, department, team) by name. */
	private String person(String id) {
		if (id == null || id.isBlank()) {
			return "—";
		}
		User user = this.identity.createUserQuery().userId(id).singleResult();
		if (user != null) {
			String name = (Objects.toString(user.getLastName(), "") + Objects.toString(user.getFirstName(), ""))
				.strip();
			if (!name.isEmpty()) {
				return name;
			}
		}
		return this.labels.group(id);
	}

	private void fromRecords(RectificationItem item, boolean withoutProcess, List<Draft> drafts) {
		Long id = item.getId();
		if (withoutProcess) {
			drafts.add(new Draft(Date.from(item.getCreatedAt()), null, "建立整改台账", null, "RECORD", 0));
		}
		for (ReviewVote vote : this.votes.findByItemIdOrderByVotedAtAscIdAsc(id)) {
			drafts.add(new Draft(
					Date.from(vote.getVotedAt()), vote.getVoter(), this.labels.of("review-party", vote.getParty())
							+ "会审意见（第 " + vote.getReviewRound() + " 轮）：" + vote.getDecision().label(),
					vote.getReason(), "RECORD", 4));
		}
		for (PlanCorrection correction : this.corrections.findByItemIdOrderByCorrectedAtAscIdAsc(id)) {
			drafts.add(new Draft(Date.from(correction.getCorrectedAt()), correction.getCorrectedBy(), "更正整改措施和责任人",
					correction.changes(), "RECORD", 4));
		}
		for (DeadlineExtension extension : this.extensions.findByItemIdOrderByDecidedAtAscIdAsc(id)) {
			String what = extension.isApproved()
					? "整改期限由 " + extension.getOldDeadline() + " 延至 " + extension.getNewDeadline()
					: "不同意延期至 " + extension.getNewDeadline();
			String why = "延期理由：" + extension.getReason() + "（申请人 " + person(extension.getRequestedBy()) + "）"
					+ ((extension.getDecisionComment() != null) ? "；审批意见：" + extension.getDecisionComment() : "");
			drafts
				.add(new Draft(Date.from(extension.getDecidedAt()), extension.getDecidedBy(), what, why, "RECORD", 4));
		}
		for (ProgressReport report : this.progress.findByItemIdOrderByReportedAtAscIdAsc(id)) {
			drafts.add(new Draft(Date.from(report.getReportedAt()), report.getReportedBy(),
					"报送整改进展（" + report.getPercent() + "%）", report.getText(), "RECORD", 4));
		}
		for (EvidenceAttachment attachment : this.attachments.findByItemIdOrderByUploadedAtAscIdAsc(id)) {
			drafts.add(new Draft(Date.from(attachment.getUploadedAt()), attachment.getUploadedBy(),
					"上传佐证材料「" + attachment.getFilename() + "」", null, "RECORD", 4));
		}
	}

	private static String describe(HistoricActivityInstance activity) {
		String type = activity.getActivityType();
		String name = (activity.getActivityName() != null) ? activity.getActivityName() : activity.getActivityId();
		if ("serviceTask".equals(type) && !activity.isCanceled() && activity.getEndTime() != null) {
			return name;
		}
		if (type.contains("Timer")) {
			return "到达时点：" + name;
		}
		if (type.contains("essage")) {
			return "收到：" + name;
		}
		if (type.contains("scalation") || type.contains("ignal")) {
			return name;
		}
		return null;
	}

	private static String reasons(List<HistoricVariableUpdate> updates, Date at) {
		String text = updates.stream()
			.filter((update) -> Math.abs(update.getTime().getTime() - at.getTime()) <= SAME_STEP_MILLIS)
			.filter((update) -> update.getValue() != null && !update.getValue().toString().isBlank())
			.sorted(Comparator.comparing(HistoricDetail::getTime))
			.map((update) -> REASON_VARIABLES.get(update.getVariableName()) + "：" + display(update.getValue()))
			.distinct()
			.collect(Collectors.joining("；"));
		return text.isEmpty() ? null : text;
	}

	/** Who sent a message (the application records the person in a variable). */
	private static String requester(List<HistoricVariableUpdate> requesters, Date at) {
		return requesters.stream()
			.filter((update) -> Math.abs(update.getTime().getTime() - at.getTime()) <= SAME_STEP_MILLIS)
			.filter((update) -> update.getValue() != null)
			.map((update) -> update.getValue().toString())
			.findFirst()
			.orElse(null);
	}

	private static String display(Object value) {
		return switch (String.valueOf(value)) {
			case "APPROVE" -> "同意";
			case "REJECT" -> "不同意";
			case "RETURN" -> "退回";
			case "REMINDER" -> "发提示函";
			case "SUPERVISION_LETTER" -> "发督办函";
			case "FLAG" -> "挂牌督办";
			case "ADMONISH" -> "约谈";
			default -> String.valueOf(value);
		};
	}

	private static String operationLabel(String type) {
		return switch (type) {
			case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> "认领任务";
			case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> "指派任务";
			case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> "委托任务";
			case UserOperationLogEntry.OPERATION_TYPE_RESOLVE -> "办结委托";
			case UserOperationLogEntry.OPERATION_TYPE_SET_OWNER -> "设置任务所有者";
			case UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY -> "修改任务优先级";
			case UserOperationLogEntry.OPERATION_TYPE_UPDATE -> "修改任务";
			case UserOperationLogEntry.OPERATION_TYPE_ADD_USER_LINK,
					UserOperationLogEntry.OPERATION_TYPE_DELETE_USER_LINK,
					UserOperationLogEntry.OPERATION_TYPE_ADD_GROUP_LINK,
					UserOperationLogEntry.OPERATION_TYPE_DELETE_GROUP_LINK ->
				"变更任务办理人/候选人";
			case UserOperationLogEntry.OPERATION_TYPE_SUSPEND, UserOperationLogEntry.OPERATION_TYPE_SUSPEND_JOB -> "挂起";
			case UserOperationLogEntry.OPERATION_TYPE_ACTIVATE, UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_JOB ->
				"激活";
			case UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE,
					UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE,
					UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE ->
				"修改流程数据";
			case UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE -> "调整流程位置";
			case UserOperationLogEntry.OPERATION_TYPE_DELETE -> "删除";
			case UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE -> "发送消息";
			case UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES -> "重试失败的步骤";
			default -> "操作：" + type;
		};
	}

	private Map<String, String> names(List<Draft> drafts) {
		String[] ids = drafts.stream().map(Draft::who).filter(Objects::nonNull).distinct().toArray(String[]::new);
		if (ids.length == 0) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		for (User user : this.identity.createUserQuery().userIdIn(ids).list()) {
			String name = (Objects.toString(user.getLastName(), "") + Objects.toString(user.getFirstName(), ""))
				.strip();
			names.put(user.getId(), name.isEmpty() ? user.getId() : name);
		}
		return names;
	}

	private static Map<String, String> reasonVariables() {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("measures", "整改措施");
		variables.put("implementationSummary", "整改落实情况");
		variables.put("requestedDeadline", "申请延期至");
		variables.put("extensionReason", "延期理由");
		variables.put("extensionDecision", "审批意见");
		variables.put("extensionComment", "不同意的理由");
		variables.put("supervisionNote", "督办情况");
		variables.put("itemTalkRecord", "约谈情况");
		variables.put("supervisionAction", "督办措施");
		variables.put("supervisionReason", "督办理由");
		variables.put("supervisionLetterNumber", "文号");
		return Map.copyOf(variables);
	}

	/** A line before names are looked up and lines are sorted. */
	private record Draft(Date when, String who, String what, String why, String source, int order) {

		Instant at() {
			return this.when.toInstant();
		}

	}

}

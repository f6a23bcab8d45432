package org.rectiflow.rectification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit asks for a later deadline (延期申请). The request is a message to the item's process
 * ({@code ExtensionRequested}); the inspection office decides in its task, and an
 * approval moves the deadline through the {@code deadlineExtender} step. The ledger
 * itself is not changed here.
 */
@Service
public class ExtensionRequests {

	static final String MESSAGE = "ExtensionRequested";

	static final String REVIEW_TASK = "Task_ReviewExtension";

	/**
	 * 落实整改: extensions are offered only while it is open (docs/process-variables.md §7).
	 */
	static final String IMPLEMENT_TASK = "Task_Implement";

	private final LedgerQueries queries;

	private final RuntimeService runtime;

	private final TaskService tasks;

	ExtensionRequests(LedgerQueries queries, RuntimeService runtime, TaskService tasks) {
		this.queries = queries;
		this.runtime = runtime;
		this.tasks = tasks;
	}

	@Transactional
	public Accepted request(Long itemId, Request request, CurrentUser user) {
		RectificationItem item = this.queries.get(itemId, user);
		if (!user.inGroup(item.getUnitGroup())) {
			throw new AccessRefusedException("只有责任单位（" + item.getUnitName() + "）可以申请延期 / Only " + item.getUnitGroup()
					+ " may request an extension of item " + itemId);
		}
		if (!item.getState().isOpen() || item.getDeadline() == null || item.getProcessInstanceId() == null) {
			throw new RuleViolationException("整改事项 " + itemId + " 当前状态为「" + item.getState().label()
					+ "」，不能申请延期（需已确定期限且未销号） / Item " + itemId + " cannot be extended now");
		}
		if (!request.requestedDeadline().isAfter(item.getDeadline())) {
			throw new InvalidInputException("申请的期限 " + request.requestedDeadline() + " 应晚于现期限 " + item.getDeadline()
					+ " / The requested deadline must be after " + item.getDeadline());
		}
		if (this.tasks.createTaskQuery()
			.processInstanceId(item.getProcessInstanceId())
			.taskDefinitionKey(REVIEW_TASK)
			.count() > 0) {
			throw new RuleViolationException("已有一项延期申请等待巡察办审批，请等待审批结果 / An extension request of item " + itemId
					+ " is already waiting for a decision");
		}
		if (this.tasks.createTaskQuery()
			.processInstanceId(item.getProcessInstanceId())
			.taskDefinitionKey(IMPLEMENT_TASK)
			.count() == 0) {
			throw new RuleViolationException("只能在“落实整改”阶段申请延期，整改事项 " + itemId + " 当前为「" + item.getState().label()
					+ "」 / Extensions can be requested only while item " + itemId + " is being implemented");
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("requestedDeadline", request.requestedDeadline().toString());
		variables.put("extensionReason", request.reason().strip());
		variables.put("extensionRequestedBy", user.userId());
		variables.put("extensionDecision", null);
		variables.put("extensionComment", null);
		try {
			this.runtime.createMessageCorrelation(MESSAGE)
				.processInstanceId(item.getProcessInstanceId())
				.setVariablesToTriggeredScope(variables)
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new RuleViolationException("整改事项 " + itemId + " 尚未进入整改期或已结束，现在不能申请延期 / Item " + itemId
					+ " is not in its rectification period");
		}
		return new Accepted(itemId, request.requestedDeadline(), "延期申请已提交，等待巡察办审批 / Sent to the inspection office");
	}

	/** A unit's extension request. */
	public record Request(@NotNull(message = "必填 / required") LocalDate requestedDeadline,
			@NotBlank(message = "必填 / required") @Size(min = 5, max = 1000,
					message = "应为 5 到 1000 字 / 5 to 1000 characters") String reason) {

	}

	/** The request is with the inspection office. */
	public record Accepted(Long itemId, LocalDate requestedDeadline, String message) {

	}

}

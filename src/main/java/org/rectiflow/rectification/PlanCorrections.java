package org.rectiflow.rectification;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.RuntimeService;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 17: the unit that owns an item corrects its measures and responsible person while
 * the item is 整改中 or 被退回 (until it goes to review). The ledger and the process variables
 * its tasks show change together; each correction is kept ({@link PlanCorrection}) and
 * told in the item's timeline. The deadline is not corrected here: it moves only through
 * an extension request.
 */
@Service
public class PlanCorrections {

	private final RectificationLedger ledger;

	private final PlanCorrectionRepository corrections;

	private final CommandValidator validator;

	private final RuntimeService runtime;

	private final BusinessDate clock;

	PlanCorrections(RectificationLedger ledger, PlanCorrectionRepository corrections, CommandValidator validator,
			RuntimeService runtime, BusinessDate clock) {
		this.ledger = ledger;
		this.corrections = corrections;
		this.validator = validator;
		this.runtime = runtime;
		this.clock = clock;
	}

	/**
	 * What the unit writes: the new measures, person and phone, and why. Serializable: a
	 * refused correction goes back to the page as a flash attribute, kept in the JDBC
	 * session.
	 */
	public record Correction(
			@NotBlank(message = "必填 / required") @Size(min = 10, max = 4000,
					message = "应为 10 到 4000 字 / 10 to 4000 characters") String measures,
			@NotBlank(message = "必填 / required") @Size(max = 50,
					message = "不能超过 50 字 / at most 50 characters") String responsiblePerson,
			@NotBlank(message = "必填 / required") @Pattern(regexp = "1[3-9][0-9]{9}",
					message = "应为 11 位手机号 / must be an 11-digit mobile number") String responsiblePhone,
			@NotBlank(message = "请说明更正理由 / give a reason") @Size(max = 500,
					message = "不能超过 500 字 / at most 500 characters") String reason)
			implements
				java.io.Serializable {

	}

	/** Whether this user may correct this item now (the page offers the action). */
	public boolean mayCorrect(Long itemId, CurrentUser user) {
		RectificationItem item = this.ledger.item(itemId);
		return isOwner(item, user) && correctable(item);
	}

	@Transactional
	public PlanCorrection correct(Long itemId, Correction correction, CurrentUser user) {
		RectificationItem item = this.ledger.item(itemId);
		if (!isOwner(item, user)) {
			throw new AccessRefusedException("只有责任单位可以更正整改措施和责任人 / Only the responsible unit corrects the plan");
		}
		if (!correctable(item)) {
			throw new RuleViolationException(
					"整改事项 " + itemId + " 当前状态为「" + item.getState().label() + "」，提交会审后不能更正整改措施和责任人 / Item " + itemId
							+ " is " + item.getState() + "; the plan is corrected only before review");
		}
		this.validator.valid(correction);
		PlanCorrection kept = this.corrections
			.save(new PlanCorrection(item, correction, user.userId(), this.clock.now()));
		this.ledger.recordPlan(itemId, new RecordPlanCommand(item.getResponsibleUnit(), correction.responsiblePerson(),
				correction.responsiblePhone().strip(), correction.measures(), item.getDeadline(), item.isLongTerm()));
		String process = item.getProcessInstanceId();
		if (process != null
				&& this.runtime.createProcessInstanceQuery().processInstanceId(process).active().count() > 0) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("measures", kept.getNewMeasures());
			variables.put("responsiblePerson", kept.getNewPerson());
			variables.put("responsiblePhone", kept.getNewPhone());
			this.runtime.setVariables(process, variables);
		}
		return kept;
	}

	private static boolean isOwner(RectificationItem item, CurrentUser user) {
		return item.getUnitGroup() != null && user.inGroup(item.getUnitGroup());
	}

	private static boolean correctable(RectificationItem item) {
		return item.getState() == ItemState.IN_PROGRESS || item.getState() == ItemState.RETURNED;
	}

}

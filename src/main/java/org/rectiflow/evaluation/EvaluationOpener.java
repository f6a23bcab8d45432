package org.rectiflow.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.workflow.Deadlines;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * inspection-round › 开放扫码测评: records the evaluation the office opened, once per
 * inspection (a retried job finds the same one), with the default questionnaire as it is
 * now, and hands its id and closing time ({@code evaluationClosesAt}, 23:59:59 of
 * {@code evaluationCloseDate}) to the process. Reached again after 测评答卷不足, it reopens the
 * same evaluation with the new closing date; answers so far are kept.
 */
@ProcessBean
@Component("evaluationOpener")
class EvaluationOpener implements JavaDelegate {

	private final EvaluationRepository evaluations;

	private final Deadlines deadlines;

	private final EvaluationProperties properties;

	EvaluationOpener(EvaluationRepository evaluations, Deadlines deadlines, EvaluationProperties properties) {
		this.evaluations = evaluations;
		this.deadlines = deadlines;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String key = execution.getProcessBusinessKey();
		Object closes = execution.getVariable("evaluationCloseDate");
		LocalDate closesOn = this.deadlines.toLocalDate(closes, "evaluationCloseDate");
		Date closesAt = this.deadlines.warningAt(closesOn, "RED");
		Object target = execution.getVariable("evaluationTargetCount");
		Object shared = execution.getVariable("evaluationMaxShared");
		int maxShared = (shared instanceof Number number) ? number.intValue() : 0;
		if (maxShared < 0 || maxShared > 100_000) {
			throw new InvalidInputException(
					"共享链接份数应为 0 到 100000 / evaluationMaxShared must be 0–100000, is " + maxShared);
		}
		Evaluation evaluation = this.evaluations.findByInspectionKey(key)
			.orElseGet(() -> new Evaluation(key, (String) execution.getVariable("unitName"),
					(String) execution.getVariable("villageGroup"), (String) execution.getVariable("townshipGroup"),
					closesOn, null, null, execution.getProcessInstanceId(),
					Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime())));
		if (evaluation.getState() != EvaluationState.CLOSED) {
			evaluation.open(this.properties.defaultQuestionnaire(), closesOn, closesAt.toInstant(),
					(target instanceof Number number) ? number.intValue() : null, maxShared,
					(String) execution.getVariable("evaluationNotice"));
			if (maxShared > 0 && evaluation.getSharedCode() == null) {
				evaluation.enableSharedLink(Tokens.newToken());
			}
		}
		evaluation = this.evaluations.save(evaluation);
		execution.setVariable("evaluationId", String.valueOf(evaluation.getId()));
		execution.setVariable("evaluationClosesAt", closesAt);
	}

}

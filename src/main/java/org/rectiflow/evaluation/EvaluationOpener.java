package org.rectiflow.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectiflow.workflow.Deadlines;

import org.springframework.stereotype.Component;

/**
 * inspection-round › 开放扫码测评: records the evaluation the office opened, once per
 * inspection (a retried job finds the same one), and hands its id to the process.
 */
@Component("evaluationOpener")
class EvaluationOpener implements JavaDelegate {

	private final EvaluationRepository evaluations;

	private final Deadlines deadlines;

	EvaluationOpener(EvaluationRepository evaluations, Deadlines deadlines) {
		this.evaluations = evaluations;
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String key = execution.getProcessBusinessKey();
		Evaluation evaluation = this.evaluations.findByInspectionKey(key).orElseGet(() -> open(execution, key));
		execution.setVariable("evaluationId", String.valueOf(evaluation.getId()));
	}

	private Evaluation open(DelegateExecution execution, String key) {
		Object closes = execution.getVariable("evaluationCloseDate");
		LocalDate closesOn = (closes != null) ? this.deadlines.toLocalDate(closes, "evaluationCloseDate") : null;
		Object target = execution.getVariable("evaluationTargetCount");
		return this.evaluations.save(new Evaluation(key, (String) execution.getVariable("unitName"),
				(String) execution.getVariable("villageGroup"), (String) execution.getVariable("townshipGroup"),
				closesOn, (target instanceof Number number) ? number.intValue() : null,
				(String) execution.getVariable("evaluationNotice"), execution.getProcessInstanceId(),
				Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime())));
	}

}

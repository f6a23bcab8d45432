package org.rectiflow.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.rectiflow.common.ProcessBean;
import org.springframework.stereotype.Component;

/**
 * inspection-round › 到期结束测评 ({@code ServiceTask_CloseEvaluation}, after the timer at
 * {@code evaluationClosesAt}): closes evaluation {@code evaluationId}. With enough
 * answers: {@code evaluationValid} = true, {@code evaluationVerdict},
 * {@code satisfactionScore}. With too few: {@code evaluationValid} = false and
 * {@code evaluationAnswerCount}; the round then asks the office to extend the evaluation.
 */
@ProcessBean
@Component("evaluationCloser")
class EvaluationCloser implements JavaDelegate {

	private final Evaluations evaluations;

	EvaluationCloser(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = Long.parseLong(String.valueOf(execution.getVariable("evaluationId")));
		Evaluation closed = this.evaluations.closeAtDeadline(id);
		if (closed == null) {
			execution.setVariable("evaluationValid", false);
			execution.setVariable("evaluationAnswerCount", this.evaluations.answerCount(id));
			return;
		}
		execution.setVariable("evaluationValid", true);
		execution.setVariable("evaluationAnswerCount", closed.getAnswerCount());
		execution.setVariable("evaluationVerdict", closed.getVerdict());
		execution.setVariable("satisfactionScore", closed.getSatisfactionScore());
	}

}

package org.rectiflow.transfer;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.BusinessKeys;
import org.rectiflow.common.ElementHooksPlugin;
import org.rectiflow.common.RecordNotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Marks a transfer overdue in the transaction of its process's overdue timer. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class OverdueSteps {

	private final ClueRepository clues;

	private final RecommendationRepository recommendations;

	private final BusinessDate dates;

	OverdueSteps(ClueRepository clues, RecommendationRepository recommendations, BusinessDate dates) {
		this.clues = clues;
		this.recommendations = recommendations;
		this.dates = dates;
	}

	void on(OverdueHook hook, DelegateExecution execution) {
		if (execution.isCanceled()) {
			return;
		}
		long id = BusinessKeys.toId(execution.getProcessBusinessKey());
		switch (hook) {
			case CLUE -> this.clues.findById(id)
				.orElseThrow(() -> new RecordNotFoundException("问题线索", id))
				.overdue(this.dates.today());
			case RECOMMENDATION -> this.recommendations.findById(id)
				.orElseThrow(() -> new RecordNotFoundException("巡察建议书", id))
				.overdue(this.dates.today());
		}
	}

	@Component
	static class CluePlugin extends ElementHooksPlugin<OverdueHook> {

		CluePlugin(ObjectProvider<OverdueSteps> steps) {
			super(TransferRecorder.CLUE_PROCESS, List.of(OverdueHook.CLUE), () -> steps.getObject()::on);
		}

	}

	@Component
	static class RecommendationPlugin extends ElementHooksPlugin<OverdueHook> {

		RecommendationPlugin(ObjectProvider<OverdueSteps> steps) {
			super(TransferRecorder.RECOMMENDATION_PROCESS, List.of(OverdueHook.RECOMMENDATION),
					() -> steps.getObject()::on);
		}

	}

}

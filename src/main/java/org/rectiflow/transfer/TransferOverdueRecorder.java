package org.rectiflow.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.BusinessKeys;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bean {@code transferOverdueRecorder}: end listener of the overdue timers (反馈期限届满) of
 * {@code clue-handling} and {@code recommendation-handling}. Marks the clue or letter
 * late in the timer job's transaction; a recommendation letter becomes OVERDUE.
 */
@ProcessBean
@Component("transferOverdueRecorder")
@Transactional(propagation = Propagation.MANDATORY)
class TransferOverdueRecorder implements ExecutionListener {

	private final ClueRepository clues;

	private final RecommendationRepository recommendations;

	private final BusinessDate dates;

	TransferOverdueRecorder(ClueRepository clues, RecommendationRepository recommendations, BusinessDate dates) {
		this.clues = clues;
		this.recommendations = recommendations;
		this.dates = dates;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.isCanceled()) {
			return;
		}
		long id = BusinessKeys.toId(execution.getProcessBusinessKey());
		String process = TransferRecorder.processKey(execution);
		if (TransferRecorder.CLUE_PROCESS.equals(process)) {
			this.clues.findById(id)
				.orElseThrow(() -> new RecordNotFoundException("问题线索", id))
				.overdue(this.dates.today());
		}
		else if (TransferRecorder.RECOMMENDATION_PROCESS.equals(process)) {
			this.recommendations.findById(id)
				.orElseThrow(() -> new RecordNotFoundException("巡察建议书", id))
				.overdue(this.dates.today());
		}
		else {
			throw new IllegalStateException(
					"transferOverdueRecorder is for clue-handling and recommendation-handling, " + "not " + process);
		}
	}

}

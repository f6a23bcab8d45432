package org.rectiflow.round;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.VariableValues;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * Bean {@code inspectionFeedbackRecorder}: complete listener of {@code Task_Feedback}
 * (反馈巡察意见). Records {@code feedbackDate}, which starts the rectification clock.
 */
@ProcessBean
@Component("inspectionFeedbackRecorder")
class InspectionFeedbackRecorder implements TaskListener {

	private final InspectionProgress progress;

	private final BusinessDate dates;

	InspectionFeedbackRecorder(InspectionProgress progress, BusinessDate dates) {
		this.progress = progress;
		this.dates = dates;
	}

	@Override
	public void notify(DelegateTask task) {
		LocalDate date = VariableValues.date(InspectionVariables.FEEDBACK_DATE,
				task.getVariable(InspectionVariables.FEEDBACK_DATE), this.dates.zone());
		this.progress.feedbackGiven(task.getExecution().getProcessBusinessKey(),
				(date != null) ? date : this.dates.today());
	}

}

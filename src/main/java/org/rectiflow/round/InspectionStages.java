package org.rectiflow.round;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.VariableValues;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * Bean {@code inspectionStages}: the stage sub-processes of {@code inspection-round} name
 * it in a start listener, e.g.
 * {@code <camunda:executionListener expression="${inspectionStages.enter(execution,
 * 'ONSITE')}" event="start"/>}, and the inspection record follows in the engine's
 * transaction: a failure here fails the step, and the step's rollback undoes the record
 * change.
 */
@ProcessBean
@Component("inspectionStages")
public class InspectionStages {

	private final InspectionProgress progress;

	private final BusinessDate dates;

	InspectionStages(InspectionProgress progress, BusinessDate dates) {
		this.progress = progress;
		this.dates = dates;
	}

	/**
	 * The inspection enters a stage. ONSITE records the entry day (and the unit's last
	 * inspection); REPORT records {@code onsiteEndDate} as the end of on-site work.
	 * @param execution the execution entering the stage
	 * @param stage the stage's name ({@link InspectionStage}) or BPMN id ({@code onsite})
	 */
	public void enter(DelegateExecution execution, String stage) {
		String key = execution.getProcessBusinessKey();
		LocalDate today = this.dates.today();
		switch (InspectionStage.parse(stage)) {
			case ONSITE -> this.progress.onsiteStarted(key, today);
			case REPORT -> {
				LocalDate end = VariableValues.date(InspectionVariables.ONSITE_END_DATE,
						execution.getVariable(InspectionVariables.ONSITE_END_DATE), this.dates.zone());
				this.progress.onsiteEnded(key, (end != null) ? end : today);
			}
			default -> this.progress.advance(key, InspectionStage.parse(stage));
		}
	}

}

package org.rectiflow.transfer;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.BusinessKeys;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.VariableValues;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * Bean {@code transferRecorder} (docs/process-variables.md §4), input {@code step}:
 * OPENED (first step of clue-handling / recommendation-handling), ACCEPTED (快移快查 in
 * inspection-round), REPLIED (after the handling task). Runs in the job's transaction;
 * idempotent.
 */
@ProcessBean
@Component("transferRecorder")
class TransferRecorder implements JavaDelegate {

	static final String CLUE_PROCESS = "clue-handling";

	static final String RECOMMENDATION_PROCESS = "recommendation-handling";

	private final ClueRepository clues;

	private final RecommendationRepository recommendations;

	private final ReplyPeriod replyPeriod;

	private final BusinessDate dates;

	TransferRecorder(ClueRepository clues, RecommendationRepository recommendations, ReplyPeriod replyPeriod,
			BusinessDate dates) {
		this.clues = clues;
		this.recommendations = recommendations;
		this.replyPeriod = replyPeriod;
		this.dates = dates;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String step = text(execution, "step");
		String process = processKey(execution);
		if ("ACCEPTED".equals(step)) {
			accepted(execution);
		}
		else if (CLUE_PROCESS.equals(process) && "OPENED".equals(step)) {
			Clue clue = clue(BusinessKeys.toId(execution.getProcessBusinessKey()));
			LocalDate transferDate = transferDate(execution);
			clue.handlingOpened(execution.getProcessInstanceId(), transferDate,
					this.replyPeriod.dueAfter(transferDate));
			execution.setVariable("clueSummary", clue.getSummary());
			execution.setVariable("unitName", clue.getUnitName());
			execution.setVariable("replyPeriodText", this.replyPeriod.text());
		}
		else if (CLUE_PROCESS.equals(process) && "REPLIED".equals(step)) {
			clue(BusinessKeys.toId(execution.getProcessBusinessKey())).replied(this.dates.today(),
					text(execution, "handlingResult"), text(execution, "replyText"),
					VariableValues.money("moneyRecoveredYuan", execution.getVariable("moneyRecoveredYuan")));
		}
		else if (RECOMMENDATION_PROCESS.equals(process) && "OPENED".equals(step)) {
			Recommendation recommendation = recommendation(BusinessKeys.toId(execution.getProcessBusinessKey()));
			LocalDate transferDate = transferDate(execution);
			recommendation.issued(execution.getProcessInstanceId(), transferDate,
					this.replyPeriod.dueAfter(transferDate));
			execution.setVariable("recommendationText", recommendation.getContent());
			execution.setVariable("departmentGroup", recommendation.getDepartmentGroupId());
			execution.setVariable("unitName", recommendation.getUnitName());
			execution.setVariable("replyPeriodText", this.replyPeriod.text());
		}
		else if (RECOMMENDATION_PROCESS.equals(process) && "REPLIED".equals(step)) {
			recommendation(BusinessKeys.toId(execution.getProcessBusinessKey())).replied(this.dates.today(),
					text(execution, "handlingResult"), text(execution, "replyText"));
		}
		else {
			throw new IllegalArgumentException("transferRecorder: unknown step '" + step + "' in process " + process);
		}
	}

	private void accepted(DelegateExecution execution) {
		String id = text(execution, "clueId");
		if (id == null || !id.matches("[0-9]{1,18}")) {
			throw new IllegalArgumentException("transferRecorder: clueId is missing or no id: " + id);
		}
		Clue clue = clue(Long.parseLong(id));
		if (!String.valueOf(clue.getInspectionId()).equals(execution.getProcessBusinessKey())) {
			throw new IllegalStateException("线索 " + id + " 不属于本次巡察 / The clue belongs to another inspection");
		}
		clue.accepted(this.dates.today(), text(execution, "fastClueHandler"), text(execution, "fastClueNote"));
	}

	private Clue clue(long id) {
		return this.clues.findById(id).orElseThrow(() -> new RecordNotFoundException("问题线索", id));
	}

	private Recommendation recommendation(long id) {
		return this.recommendations.findById(id).orElseThrow(() -> new RecordNotFoundException("巡察建议书", id));
	}

	private LocalDate transferDate(DelegateExecution execution) {
		LocalDate date = VariableValues.date("transferDate", execution.getVariable("transferDate"), this.dates.zone());
		return (date != null) ? date : this.dates.today();
	}

	private static String text(DelegateExecution execution, String name) {
		return VariableValues.text(name, execution.getVariable(name));
	}

	static String processKey(DelegateExecution execution) {
		return execution.getProcessEngineServices()
			.getRepositoryService()
			.getProcessDefinition(execution.getProcessDefinitionId())
			.getKey();
	}

}

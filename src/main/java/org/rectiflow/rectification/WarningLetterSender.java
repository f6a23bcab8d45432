package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Interim {@code warningLetterSender} (docs/process-variables.md §4 gives the bean to the
 * supervision module, which will also print the letters). For now it records the warning
 * on the item ({@link ItemWarnings}) and announces {@link ItemWarned}; for the other
 * processes that call it (clue and recommendation overdue timers) it does nothing yet.
 * When the supervision module's bean arrives, delete this class (the duplicate bean name
 * stops the application until then) and call {@link ItemWarnings#record} from there.
 */
@Component("warningLetterSender")
class WarningLetterSender implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(WarningLetterSender.class);

	private final ItemWarnings warnings;

	WarningLetterSender(ItemWarnings warnings) {
		this.warnings = warnings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object colour = execution.getVariable("colour");
		if (!execution.getProcessDefinitionId().startsWith(ItemTimeline.PROCESS_KEY + ":")) {
			log.info("No letter yet for {} {} ({}): the supervision module will send it",
					execution.getProcessDefinitionId(), execution.getProcessBusinessKey(), colour);
			return;
		}
		this.warnings.record(execution, (colour != null) ? colour.toString() : null);
	}

}

package org.rectiflow.round;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.rectiflow.common.ProcessNotDeployedException;
import org.rectiflow.unit.InspectedUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Starts {@code inspection-round} in the caller's transaction: if the start fails, the
 * inspection is not saved either.
 */
@Component
class CamundaInspectionProcess implements InspectionProcess {

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final String processKey;

	@Autowired
	CamundaInspectionProcess(RuntimeService runtime, RepositoryService repository) {
		this(runtime, repository, PROCESS_KEY);
	}

	CamundaInspectionProcess(RuntimeService runtime, RepositoryService repository, String processKey) {
		this.runtime = runtime;
		this.repository = repository;
		this.processKey = processKey;
	}

	@Override
	public String start(Inspection inspection, InspectedUnit unit) {
		if (this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(this.processKey)
			.active()
			.latestVersion()
			.count() == 0) {
			throw new ProcessNotDeployedException(this.processKey);
		}
		return this.runtime
			.startProcessInstanceByKey(this.processKey, String.valueOf(inspection.getId()),
					InspectionVariables.atStart(inspection, unit))
			.getId();
	}

}

package org.rectiflow.finding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.BusinessKeys;
import org.rectiflow.common.ProcessBean;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Bean {@code findingRegistrar} (docs/process-variables.md §4): after the leading group
 * heard the report, freezes the inspection's problem list and sets {@code findingIds},
 * {@code clueIds} and {@code recommendationIds}. Idempotent: a retried job sets the same
 * lists.
 */
@ProcessBean
@Component("findingRegistrar")
class FindingRegistrar implements JavaDelegate {

	private final FindingRepository findings;

	private final ObjectProvider<TransferRegistry> transfers;

	private final BusinessDate dates;

	FindingRegistrar(FindingRepository findings, ObjectProvider<TransferRegistry> transfers, BusinessDate dates) {
		this.findings = findings;
		this.transfers = transfers;
		this.dates = dates;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long inspectionId = BusinessKeys.toId(execution.getProcessBusinessKey());
		LocalDate today = this.dates.today();
		List<String> findingIds = new ArrayList<>();
		for (Finding finding : this.findings.findByInspectionIdOrderBySeqNo(inspectionId)) {
			finding.registered(today);
			findingIds.add(String.valueOf(finding.getId()));
		}
		TransferRegistry registry = this.transfers.getIfAvailable();
		if (registry == null) {
			throw new IllegalStateException("No module registers clues and recommendations (TransferRegistry)");
		}
		TransferRegistry.RegisteredTransfers transfers = registry.registerFor(inspectionId, today);
		execution.setVariable("findingIds", ids(findingIds));
		execution.setVariable("clueIds", ids(transfers.clueIds()));
		execution.setVariable("recommendationIds", ids(transfers.recommendationIds()));
	}

	/** A {@code List<String>} stored as JSON (never Java serialization). */
	static ObjectValue ids(List<String> ids) {
		return Variables.objectValue(new ArrayList<>(ids))
			.serializationDataFormat(Variables.SerializationDataFormats.JSON)
			.create();
	}

}

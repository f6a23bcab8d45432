package org.rectiflow.rectification;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.finding.Finding;
import org.rectiflow.finding.Findings;
import org.rectiflow.round.Inspections;
import org.rectiflow.unit.Units;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * {@code rectification-item} › 建立整改台账: opens the finding's item (待制定措施) with the
 * finding's text, category and supervising department, keyed by the finding's id, and
 * puts what the forms show into the process.
 * <p>
 * Reads: {@code findingId} (or the business key), {@code findingText},
 * {@code findingCategory} (its name; {@code findingCategoryCode} if the code differs),
 * {@code supervisingDeptGroup}, {@code roundId}, {@code inspectionRecordId}, and
 * {@code unitCode} or {@code villageGroup} only when no finding record exists: an item of
 * a registered finding takes its text, category, supervising department, unit and round
 * from the {@code finding} and {@code round} modules.
 */
@ProcessBean
@Component("rectificationItemOpener")
class RectificationItemOpener implements JavaDelegate {

	private final RectificationLedger ledger;

	private final Units units;

	private final BusinessDate clock;

	private final Findings findings;

	private final Inspections inspections;

	RectificationItemOpener(RectificationLedger ledger, Units units, BusinessDate clock, Findings findings,
			Inspections inspections) {
		this.ledger = ledger;
		this.units = units;
		this.clock = clock;
		this.findings = findings;
		this.inspections = inspections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProcessValues values = new ProcessValues(execution, this.clock.zone());
		Long findingId = (values.longValue("findingId") != null) ? values.longValue("findingId")
				: ItemKeys.itemId(execution);
		OpenItemCommand command = this.findingRecord(findingId)
			.map((finding) -> fromFinding(finding, values))
			.orElseGet(() -> fromVariables(findingId, values));
		String businessKey = execution.getProcessBusinessKey();
		if (businessKey == null || businessKey.isBlank()) {
			execution.setProcessBusinessKey(String.valueOf(findingId));
		}
		else if (!businessKey.strip().equals(String.valueOf(findingId))) {
			throw new IllegalStateException("业务键「" + businessKey + "」应等于问题编号 " + findingId
					+ " / The business key must be the finding id " + findingId);
		}
		RectificationItem item = this.ledger.open(command, execution.getProcessInstanceId());
		ProcessValues.setIfChanged(execution, "itemId", item.getId());
		ProcessValues.setIfChanged(execution, "findingText", item.getFindingText());
		ProcessValues.setIfChanged(execution, "findingCategory", item.getCategory());
		ProcessValues.setIfChanged(execution, "supervisingDeptGroup", item.getSupervisingDeptGroup());
		ProcessValues.setIfChanged(execution, "unitName", item.getUnitName());
		ProcessValues.setIfChanged(execution, "villageGroup", item.getUnitGroup());
		ProcessValues.setIfChanged(execution, "townshipGroup", item.getTownshipGroup());
		ProcessValues.setIfChanged(execution, "returnCount", item.getReturnCount());
		ProcessValues.setIfChanged(execution, "warningColour", item.getColour().name());
		ProcessValues.setIfChanged(execution, "flagged", item.isFlagged());
	}

	/**
	 * The finding as the finding module registered it; absent for items opened without
	 * one.
	 */
	private Optional<Finding> findingRecord(long findingId) {
		return this.findings.find(findingId);
	}

	private OpenItemCommand fromFinding(Finding finding, ProcessValues values) {
		Long roundId = this.inspections.get(finding.getInspectionId()).getRound().getId();
		return new OpenItemCommand(finding.getId(), finding.getText(), finding.getCategory().processValue(),
				finding.getCategory().label(), roundId, finding.getInspectionId(), finding.getUnitCode(),
				finding.getSupervisingDeptGroupId(), null, values.date("feedbackDate"));
	}

	private OpenItemCommand fromVariables(Long findingId, ProcessValues values) {
		Long inspectionId = (values.longValue("inspectionRecordId") != null) ? values.longValue("inspectionRecordId")
				: values.longValue("inspectionId");
		return new OpenItemCommand(findingId, values.string("findingText"), values.string("findingCategory"),
				values.string("findingCategoryName"), values.longValue("roundId"), inspectionId, unitCode(values),
				values.string("supervisingDeptGroup"), null, values.date("feedbackDate"));
	}

	private String unitCode(ProcessValues values) {
		String code = values.string("unitCode");
		if (code != null && !code.isBlank()) {
			return code;
		}
		String group = values.string("villageGroup");
		if (group == null || group.isBlank()) {
			throw ProcessValues.missing("unitCode / villageGroup");
		}
		return this.units.byGroupId(group)
			.map(InspectedUnit::getCode)
			.orElseThrow(() -> new InvalidInputException("未知被巡察对象群组 / Unknown unit group: " + group));
	}

}

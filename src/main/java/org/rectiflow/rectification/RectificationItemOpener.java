package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.InspectedUnitRepository;

import org.springframework.stereotype.Component;

/**
 * {@code rectification-item} › 建立整改台账: opens the finding's item (待制定措施) with the
 * finding's text, category and supervising department, keyed by the finding's id, and
 * puts what the forms show into the process.
 * <p>
 * Reads: {@code findingId} (or the business key), {@code findingText},
 * {@code findingCategory} (its name; {@code findingCategoryCode} if the code differs),
 * {@code supervisingDeptGroup}, {@code roundId}, {@code inspectionRecordId}, and
 * {@code unitCode} or {@code villageGroup}. Until the {@code finding} module supplies the
 * finding's fields, the process (or its caller) must pass them.
 */
@Component("rectificationItemOpener")
class RectificationItemOpener implements JavaDelegate {

	private final RectificationLedger ledger;

	private final InspectedUnitRepository units;

	private final LedgerClock clock;

	RectificationItemOpener(RectificationLedger ledger, InspectedUnitRepository units, LedgerClock clock) {
		this.ledger = ledger;
		this.units = units;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProcessValues values = new ProcessValues(execution, this.clock.zone());
		Long findingId = (values.longValue("findingId") != null) ? values.longValue("findingId")
				: ItemKeys.itemId(execution);
		String category = values.string("findingCategory");
		Long inspectionId = (values.longValue("inspectionRecordId") != null) ? values.longValue("inspectionRecordId")
				: values.longValue("inspectionId");
		OpenItemCommand command = new OpenItemCommand(findingId, values.string("findingText"), category,
				values.string("findingCategoryName"), values.longValue("roundId"), inspectionId, unitCode(values),
				values.string("supervisingDeptGroup"), null, values.date("feedbackDate"));
		String businessKey = execution.getProcessBusinessKey();
		if (businessKey == null || businessKey.isBlank()) {
			execution.setProcessBusinessKey(String.valueOf(findingId));
		}
		else if (!businessKey.strip().equals(String.valueOf(findingId))) {
			throw new IllegalStateException("业务键「" + businessKey + "」应等于问题编号 " + findingId
					+ " / The business key must be the finding id " + findingId);
		}
		RectificationItem item = this.ledger.open(command, execution.getProcessInstanceId());
		execution.setVariable("itemId", item.getId());
		execution.setVariable("findingText", item.getFindingText());
		execution.setVariable("findingCategory", item.getCategory());
		execution.setVariable("supervisingDeptGroup", item.getSupervisingDeptGroup());
		execution.setVariable("unitName", item.getUnitName());
		execution.setVariable("villageGroup", item.getUnitGroup());
		execution.setVariable("townshipGroup", item.getTownshipGroup());
		execution.setVariable("returnCount", item.getReturnCount());
		execution.setVariable("warningColour", item.getColour().name());
		execution.setVariable("flagged", item.isFlagged());
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
		return this.units.findByGroupId(group)
			.map(InspectedUnit::getCode)
			.orElseThrow(() -> new IllegalArgumentException("未知被巡察对象群组 / Unknown unit group: " + group));
	}

}

package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectiflow.common.BusinessKeys;

/** Which item a step of {@code rectification-item} is about: its business key. */
final class ItemKeys {

	private ItemKeys() {
	}

	static Long itemId(DelegateExecution execution) {
		String key = execution.getProcessBusinessKey();
		if (key == null || key.isBlank()) {
			Object findingId = execution.getVariable("findingId");
			if (findingId == null) {
				throw new IllegalStateException("流程实例 " + execution.getProcessInstanceId()
						+ " 没有业务键（整改事项编号） / Process instance has no business key (item id)");
			}
			key = findingId.toString();
		}
		return BusinessKeys.toId(key.strip());
	}

}

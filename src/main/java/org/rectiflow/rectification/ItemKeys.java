package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;

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
		try {
			return Long.valueOf(key.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("业务键「" + key + "」不是整改事项编号 / Business key is not an item id: " + key);
		}
	}

}

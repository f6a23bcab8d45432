package org.rectiflow.rectification;

import java.time.LocalDate;

/**
 * Announced, in the engine's transaction, when a warning timer of an item fires; the
 * supervision module turns it into a letter (提示函 / 督办函 / 约谈通知).
 *
 * @param itemId the item (= finding id)
 * @param level the step of the warning ladder
 * @param deadline the item's deadline
 * @param unitGroup the responsible unit's group
 * @param townshipGroup its township's group
 * @param supervisingDeptGroup the supervising department's group
 */
public record ItemWarned(Long itemId, WarningLevel level, LocalDate deadline, String unitGroup, String townshipGroup,
		String supervisingDeptGroup) {

}

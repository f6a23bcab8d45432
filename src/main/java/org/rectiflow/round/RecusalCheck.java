package org.rectiflow.round;

import org.rectiflow.common.RuleViolationException;

/**
 * 回避: a cadre may not inspect the unit they come from, nor a unit whose leaders they are
 * recorded as related to. The refusal names the reason.
 */
final class RecusalCheck {

	private RecusalCheck() {
	}

	/**
	 * Refuses a cadre who must recuse from the inspection.
	 * @throws RuleViolationException (409) with the reason
	 */
	static void check(Cadre cadre, Inspection inspection) {
		if (!cadre.isActive()) {
			throw new RuleViolationException("该干部已停用，不在巡察人才库中 / The cadre is inactive in the talent pool");
		}
		if (cadre.getAvailability() == CadreAvailability.UNAVAILABLE) {
			String note = (cadre.getAvailabilityNote() != null) ? "（" + cadre.getAvailabilityNote() + "）" : "";
			throw new RuleViolationException(
					"该干部在巡察人才库中标为暂不可抽调" + note + " / The cadre is marked unavailable in the talent pool");
		}
		if (inspection.getUnitCode().equals(cadre.getHomeUnitCode())) {
			throw new RuleViolationException("回避：该干部来自被巡察单位 " + inspection.getUnitName()
					+ " / recusal: the cadre comes from the inspected unit");
		}
		cadre.relationTo(inspection.getUnitCode()).ifPresent((relation) -> {
			String text = (relation.note() != null && !relation.note().isBlank()) ? relation.note() : "";
			String kind = (relation.kind() != CadreRelationKind.OTHER) ? relation.kind().label() : "";
			String note = (kind.isEmpty() && text.isEmpty()) ? ""
					: "（" + kind + ((!kind.isEmpty() && !text.isEmpty()) ? "：" : "") + text + "）";
			throw new RuleViolationException("回避：该干部与被巡察单位 " + inspection.getUnitName() + " 的负责人有利害关系" + note
					+ " / recusal: the cadre is recorded as related to the leaders of the inspected unit");
		});
	}

}

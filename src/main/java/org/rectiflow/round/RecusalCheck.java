package org.rectiflow.round;

import java.util.Optional;

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
		check(cadre, inspection.getUnitCode(), inspection.getUnitName());
	}

	/**
	 * Refuses a cadre who must recuse from inspecting a unit.
	 * @throws RuleViolationException (409) with the reason
	 */
	static void check(Cadre cadre, String unitCode, String unitName) {
		reason(cadre, unitCode, unitName).ifPresent((reason) -> {
			throw new RuleViolationException(reason);
		});
	}

	/**
	 * Why a cadre must recuse from inspecting a unit ("中文 / English"), if they must:
	 * shown beside the cadre before anyone tries.
	 */
	static Optional<String> reason(Cadre cadre, String unitCode, String unitName) {
		if (!cadre.isActive()) {
			return Optional.of("该干部已停用，不在巡察人才库中 / The cadre is inactive in the talent pool");
		}
		if (cadre.getAvailability() == CadreAvailability.UNAVAILABLE) {
			String note = (cadre.getAvailabilityNote() != null) ? "（" + cadre.getAvailabilityNote() + "）" : "";
			return Optional.of("该干部在巡察人才库中标为暂不可抽调" + note + " / The cadre is marked unavailable in the talent pool");
		}
		if (unitCode.equals(cadre.getHomeUnitCode())) {
			return Optional.of("回避：该干部来自被巡察单位 " + unitName + " / recusal: the cadre comes from the inspected unit");
		}
		return cadre.relationTo(unitCode).map((relation) -> {
			String text = (relation.note() != null && !relation.note().isBlank()) ? relation.note() : "";
			String kind = (relation.kind() != CadreRelationKind.OTHER) ? relation.kind().label() : "";
			String note = (kind.isEmpty() && text.isEmpty()) ? ""
					: "（" + kind + ((!kind.isEmpty() && !text.isEmpty()) ? "：" : "") + text + "）";
			return "回避：该干部与被巡察单位 " + unitName + " 的负责人有利害关系" + note
					+ " / recusal: the cadre is recorded as related to the leaders of the inspected unit";
		});
	}

}

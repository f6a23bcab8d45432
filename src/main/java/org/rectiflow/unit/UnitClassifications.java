package org.rectiflow.unit;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分类调整: the inspection office changes a village's or community's priority and categories
 * with a reason; each change is kept (who, when, why, from what to what) and never
 * edited. An import that changes a classification is recorded too, with the import as its
 * reason.
 */
@Service
public class UnitClassifications {

	static final int MAX_REASON = 500;

	static final String IMPORT_REASON = "Excel 导入更新分类";

	private final InspectedUnitRepository units;

	private final UnitClassificationChangeRepository changes;

	private final BusinessDate dates;

	UnitClassifications(InspectedUnitRepository units, UnitClassificationChangeRepository changes, BusinessDate dates) {
		this.units = units;
		this.changes = changes;
		this.dates = dates;
	}

	/**
	 * Changes the classification of a village or community.
	 * @return the change recorded
	 * @throws AccessRefusedException (403) for anyone but the inspection office
	 * @throws InvalidInputException (400) without a reason, or for a township
	 * @throws RuleViolationException (409) when nothing changes
	 */
	@Transactional
	public UnitClassificationChange reclassify(String code, UnitPriority priority, Set<UnitCategory> categories,
			String reason, CurrentUser user) {
		if (!user.isInspectionOffice()) {
			throw new AccessRefusedException("只有巡察办可以调整单位分类 / Only the inspection office reclassifies units");
		}
		InspectedUnit unit = this.units.findByCode(code).orElseThrow(() -> new RecordNotFoundException("被巡察单位", code));
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new InvalidInputException("请填写调整理由 / A reason is required");
		}
		if (why.length() > MAX_REASON) {
			throw new InvalidInputException(
					"调整理由最长 " + MAX_REASON + " 字 / The reason may have at most " + MAX_REASON + " characters");
		}
		if (priority == null) {
			throw new InvalidInputException("请选择重点或一般 / Choose key or ordinary");
		}
		if (unit.getKind() == UnitKind.TOWNSHIP) {
			throw new InvalidInputException("乡镇(街道)不分重点、一般和类别 / A township has no classification");
		}
		Set<UnitCategory> wanted = (categories == null || categories.isEmpty()) ? EnumSet.noneOf(UnitCategory.class)
				: EnumSet.copyOf(categories);
		if (unit.getPriority() == priority && unit.getCategories().equals(wanted)) {
			throw new RuleViolationException("分类没有变化，未作记录 / The classification is unchanged; nothing was recorded");
		}
		UnitClassificationChange change = record(unit, priority, wanted, why, user.userId());
		unit.reclassify(unit.getName(), priority, wanted);
		return change;
	}

	/** Records an import's change of classification before the import applies it. */
	void recordImport(InspectedUnit unit, UnitPriority priority, Set<UnitCategory> categories, String userId) {
		Set<UnitCategory> wanted = categories.isEmpty() ? EnumSet.noneOf(UnitCategory.class)
				: EnumSet.copyOf(categories);
		if (unit.getKind() != UnitKind.TOWNSHIP
				&& (unit.getPriority() != priority || !unit.getCategories().equals(wanted))) {
			record(unit, priority, wanted, IMPORT_REASON, userId);
		}
	}

	private UnitClassificationChange record(InspectedUnit unit, UnitPriority priority, Set<UnitCategory> categories,
			String reason, String userId) {
		Instant now = this.dates.now();
		return this.changes.save(new UnitClassificationChange(unit.getId(), unit.getPriority(), unit.getCategories(),
				priority, categories, reason, userId, now));
	}

	/**
	 * The unit's classification changes, latest first, for those who may read the unit.
	 * @throws RecordNotFoundException (404) for an unknown unit or one out of scope
	 */
	@Transactional(readOnly = true)
	public List<UnitClassificationChange> history(String code, CurrentUser user) {
		InspectedUnit unit = this.units.findByCode(code)
			.filter((found) -> user.canRead(found.getGroupId(), found.getTownshipGroupId(), null))
			.orElseThrow(() -> new RecordNotFoundException("被巡察单位", code));
		return this.changes.findByUnitIdOrderByChangedAtDescIdDesc(unit.getId());
	}

}

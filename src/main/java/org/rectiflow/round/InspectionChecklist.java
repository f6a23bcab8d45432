package org.rectiflow.round;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The checklist items selected for an inspection. */
@Service
class InspectionChecklist {

	private final Inspections inspections;

	private final ChecklistCatalogue catalogue;

	InspectionChecklist(Inspections inspections, ChecklistCatalogue catalogue) {
		this.inspections = inspections;
		this.catalogue = catalogue;
	}

	@Transactional(readOnly = true)
	List<ChecklistItem> selected(long inspectionId, CurrentUser user) {
		return this.catalogue.require(this.inspections.readable(inspectionId, user).getChecklistItemIds());
	}

	@Transactional
	List<ChecklistItem> select(long inspectionId, Set<Long> itemIds, CurrentUser user) {
		Inspection inspection = this.inspections.readable(inspectionId, user);
		if (!user.isInspectionOffice()) {
			throw new AccessRefusedException("只有巡察办可以确定监督清单 / Only the inspection office selects checklist items");
		}
		List<ChecklistItem> items = this.catalogue.require(inspection.getChecklistVersionId(), itemIds);
		inspection.selectChecklistItems(new LinkedHashSet<>(itemIds));
		return items;
	}

}

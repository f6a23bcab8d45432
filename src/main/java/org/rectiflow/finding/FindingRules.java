package org.rectiflow.finding;

import java.util.Set;

import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.Departments;
import org.rectiflow.identity.OrganizationKind;
import org.rectiflow.round.ChecklistCatalogue;
import org.rectiflow.round.Inspection;

import org.springframework.stereotype.Component;

/** Checks that the API and the spreadsheet import share. */
@Component
class FindingRules {

	private final Departments departments;

	private final ChecklistCatalogue checklist;

	FindingRules(Departments departments, ChecklistCatalogue checklist) {
		this.departments = departments;
		this.checklist = checklist;
	}

	/** Whether the group names a functional department that exists. */
	boolean isDepartment(String groupId) {
		return groupId != null && this.departments.find(groupId)
			.filter((department) -> department.getKind() == OrganizationKind.FUNCTIONAL_DEPT)
			.isPresent();
	}

	/**
	 * Refuses content that names an unknown department or checklist item.
	 * @throws IllegalArgumentException (400) naming what is wrong
	 */
	FindingContent checked(FindingForm form) {
		if (!isDepartment(form.supervisingDeptGroupId())) {
			throw new IllegalArgumentException("没有职能部门 " + form.supervisingDeptGroupId()
					+ " / No functional department " + form.supervisingDeptGroupId());
		}
		Set<Long> items = (form.checklistItemIds() != null) ? form.checklistItemIds() : Set.of();
		this.checklist.require(items);
		if (form.reporter() != null && form.source() != FindingSource.VILLAGER_REPORT) {
			throw new IllegalArgumentException(
					"只有来源为群众举报的问题才能登记举报人 / A reporter can only be recorded for source VILLAGER_REPORT");
		}
		return new FindingContent(form.text().strip(), form.category(), items, form.source(), form.severity(),
				form.supervisingDeptGroupId(), form.moneyRecoveredYuan());
	}

	/**
	 * Refuses a change once the report was heard.
	 * @throws RuleViolationException (409) when the problem list is no longer a draft
	 */
	static void requireDraft(Inspection inspection) {
		if (!inspection.getStage().beforeFeedback()) {
			throw new RuleViolationException("巡察报告已听取，问题清单不能再修改（当前阶段：" + inspection.getStage().label()
					+ "） / The report was heard: the problem list can no longer change");
		}
	}

}

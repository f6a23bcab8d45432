package org.rectiflow.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspected unit as the API shows it.
 *
 * @param code the unit's code
 * @param name the unit's name
 * @param kind township, village or community
 * @param kindLabel 乡镇(街道) / 村 / 社区
 * @param townshipCode the township's code (a township's own code)
 * @param groupId the unit's Camunda group
 * @param townshipGroupId the township's Camunda group
 * @param priority key or ordinary
 * @param priorityLabel 重点 / 一般
 * @param categories the categories
 * @param categoryLabels the categories in Chinese
 * @param lastInspectedOn the last inspection's entry date, or null
 * @param notInspectedInTerm true when the unit still has to be inspected in this term
 * @param warning the warning to show, or null
 */
public record UnitView(String code, String name, UnitKind kind, String kindLabel, String townshipCode, String groupId,
		String townshipGroupId, UnitPriority priority, String priorityLabel, List<UnitCategory> categories,
		List<String> categoryLabels, LocalDate lastInspectedOn, boolean notInspectedInTerm, String warning) {

	static UnitView of(InspectedUnit unit, UnitTerm term) {
		List<UnitCategory> categories = unit.getCategories().stream().sorted().toList();
		boolean warn = term.notInspectedIn(unit.getLastInspectedOn());
		return new UnitView(unit.getCode(), unit.getName(), unit.getKind(), unit.getKind().label(),
				unit.getTownshipCode(), unit.getGroupId(), unit.getTownshipGroupId(), unit.getPriority(),
				unit.getPriority().label(), categories, categories.stream().map(UnitCategory::label).toList(),
				unit.getLastInspectedOn(), warn, warn ? "本届（" + term.start().getYear() + "–" + term.end().getYear()
						+ "）尚未巡察 / Not inspected in this term" : null);
	}

}

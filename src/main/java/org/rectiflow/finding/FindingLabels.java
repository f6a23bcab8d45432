package org.rectiflow.finding;

import java.util.LinkedHashMap;
import java.util.Map;

import org.rectiflow.common.LabelSource;

import org.springframework.stereotype.Component;

/**
 * The names of a finding's codes (see {@link org.rectiflow.common.Labels}). A category is
 * named by its process value ({@code findingCategory}: {@code COLLECTIVE_ASSETS}) and by
 * its constant.
 */
@Component
class FindingLabels implements LabelSource {

	@Override
	public Map<String, Map<String, String>> kinds() {
		Map<String, String> categories = new LinkedHashMap<>();
		for (FindingCategory category : FindingCategory.values()) {
			categories.put(category.processValue(), category.label());
		}
		for (FindingCategory category : FindingCategory.values()) {
			categories.putIfAbsent(category.name(), category.label());
		}
		return Map.of("category", categories, "severity", LabelSource.of(Severity.class), "finding-source",
				LabelSource.of(FindingSource.class), "fix-state", LabelSource.of(FixState.class));
	}

}

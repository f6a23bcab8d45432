package org.rectiflow.unit;

import java.util.Map;

import org.rectiflow.common.LabelSource;

import org.springframework.stereotype.Component;

/** The names of a unit's codes (see {@link org.rectiflow.common.Labels}). */
@Component
class UnitLabels implements LabelSource {

	@Override
	public Map<String, Map<String, String>> kinds() {
		return Map.of("unit-kind", LabelSource.of(UnitKind.class), "unit-priority", LabelSource.of(UnitPriority.class),
				"unit-category", LabelSource.of(UnitCategory.class));
	}

}

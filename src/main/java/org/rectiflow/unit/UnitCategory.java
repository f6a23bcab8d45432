package org.rectiflow.unit;

import org.rectiflow.common.Labelled;

/** Classification used to choose checklist items and the inspection mode. */
public enum UnitCategory implements Labelled {

	/** 矛盾问题突出 */
	CONFLICT_PRONE("矛盾问题突出"),
	/** 资源资产富集 */
	RESOURCE_RICH("资源资产富集"),
	/** 软弱涣散 */
	WEAK_AND_LAX("软弱涣散党组织"),
	/** 城市社区 */
	URBAN_COMMUNITY("城市社区"),
	/** 信访问题集中 */
	PETITION_HEAVY("信访问题集中");

	private final String label;

	UnitCategory(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/**
	 * The category with this Chinese label ({@code 软弱涣散} also finds
	 * {@link #WEAK_AND_LAX}), or its English name.
	 * @param label the label as written in a spreadsheet
	 * @return the category, or null when none matches
	 */
	public static UnitCategory fromLabel(String label) {
		for (UnitCategory category : values()) {
			if (category.label.equals(label) || category.name().equals(label)
					|| (category == WEAK_AND_LAX && "软弱涣散".equals(label))) {
				return category;
			}
		}
		return null;
	}

	/** Every label, separated by 、 for messages. */
	public static String labels() {
		return String.join("、", java.util.Arrays.stream(values()).map(UnitCategory::label).toList());
	}

}

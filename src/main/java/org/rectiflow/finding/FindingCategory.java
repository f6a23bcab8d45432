package org.rectiflow.finding;

/**
 * 问题类别. {@link #processValue()} is the value of {@code findingCategory} in the processes
 * (docs/process-variables.md §6.5).
 */
public enum FindingCategory {

	/** 组织建设 */
	ORGANIZATION_BUILDING("组织建设", "ORGANIZATION"),
	/** 思想建设 */
	IDEOLOGY("思想建设", "IDEOLOGY"),
	/** 集体“三资”管理 */
	COLLECTIVE_ASSETS("三资管理", "COLLECTIVE_ASSETS"),
	/** 为民服务 */
	SERVICE_TO_PEOPLE("为民服务", "SERVICE"),
	/** 政策落实 */
	POLICY_IMPLEMENTATION("政策落实", "POLICY"),
	/** 作风廉洁 */
	STYLE_AND_INTEGRITY("作风廉洁", "INTEGRITY"),
	/** 其他 */
	OTHER("其他", "OTHER");

	private final String label;

	private final String processValue;

	FindingCategory(String label, String processValue) {
		this.label = label;
		this.processValue = processValue;
	}

	public String label() {
		return this.label;
	}

	public String processValue() {
		return this.processValue;
	}

	/**
	 * The category a process variable, a spreadsheet or the API names: the process value
	 * ({@code INTEGRITY}), the constant ({@code STYLE_AND_INTEGRITY}) or the Chinese
	 * label.
	 * @return the category, or null when none matches
	 */
	public static FindingCategory parse(String text) {
		for (FindingCategory category : values()) {
			if (category.processValue.equals(text) || category.name().equals(text) || category.label.equals(text)) {
				return category;
			}
		}
		return null;
	}

}

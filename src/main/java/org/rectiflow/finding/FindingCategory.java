package org.rectiflow.finding;

import java.util.List;

import org.rectiflow.common.Labelled;

/**
 * 问题类别. {@link #processValue()} is the value of {@code findingCategory} in the processes
 * (docs/process-variables.md §6.5).
 */
public enum FindingCategory implements Labelled {

	/** 组织建设 */
	ORGANIZATION_BUILDING("组织建设", "ORGANIZATION"),
	/** 思想建设 */
	IDEOLOGY("思想建设", "IDEOLOGY"),
	/** 集体“三资”管理 (also read as 三资管理) */
	COLLECTIVE_ASSETS("集体“三资”管理", "COLLECTIVE_ASSETS", "三资管理", "集体三资管理"),
	/** 服务群众 (also read as 为民服务) */
	SERVICE_TO_PEOPLE("服务群众", "SERVICE", "为民服务"),
	/** 政策落实 */
	POLICY_IMPLEMENTATION("政策落实", "POLICY"),
	/** 作风和廉洁 (also read as 作风廉洁) */
	STYLE_AND_INTEGRITY("作风和廉洁", "INTEGRITY", "作风廉洁"),
	/** 其他 */
	OTHER("其他", "OTHER");

	private final String label;

	private final String processValue;

	private final List<String> otherNames;

	FindingCategory(String label, String processValue, String... otherNames) {
		this.label = label;
		this.processValue = processValue;
		this.otherNames = List.of(otherNames);
	}

	@Override
	public String label() {
		return this.label;
	}

	public String processValue() {
		return this.processValue;
	}

	/**
	 * The category a process variable, a spreadsheet or the API names: the process value
	 * ({@code INTEGRITY}), the constant ({@code STYLE_AND_INTEGRITY}), the Chinese label
	 * or a name spreadsheets use for it (作风廉洁).
	 * @return the category, or null when none matches
	 */
	public static FindingCategory parse(String text) {
		for (FindingCategory category : values()) {
			if (category.processValue.equals(text) || category.name().equals(text) || category.label.equals(text)
					|| category.otherNames.contains(text)) {
				return category;
			}
		}
		return null;
	}

}

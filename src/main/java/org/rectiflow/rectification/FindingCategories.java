package org.rectiflow.rectification;

import java.util.Map;

/**
 * The Chinese names of the finding categories of docs/process-variables.md §6.5, for an
 * item opened with a category code and no name.
 */
final class FindingCategories {

	private static final Map<String, String> NAMES = Map.of("ORGANIZATION", "组织建设", "IDEOLOGY", "思想建设",
			"COLLECTIVE_ASSETS", "集体“三资”管理", "SERVICE", "服务群众", "POLICY", "政策落实", "INTEGRITY", "作风和廉洁", "OTHER", "其他");

	private FindingCategories() {
	}

	static String name(String code, String given) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		return NAMES.getOrDefault(code, code);
	}

}

package org.rectiflow.identity;

import java.util.ArrayList;
import java.util.List;

import static org.rectiflow.identity.OrganizationKind.ADMINISTRATORS;
import static org.rectiflow.identity.OrganizationKind.AUDIT_BUREAU;
import static org.rectiflow.identity.OrganizationKind.DISCIPLINE_COMMISSION;
import static org.rectiflow.identity.OrganizationKind.FUNCTIONAL_DEPT;
import static org.rectiflow.identity.OrganizationKind.INSPECTION_OFFICE;
import static org.rectiflow.identity.OrganizationKind.INSPECTION_TEAM;
import static org.rectiflow.identity.OrganizationKind.LEADING_GROUP;
import static org.rectiflow.identity.OrganizationKind.ORGANIZATION_DEPT;
import static org.rectiflow.identity.OrganizationKind.PETITION_OFFICE;
import static org.rectiflow.identity.OrganizationKind.PROCESS_ADMIN;

/** The organizations every county has, each with its group id and Chinese name. */
final class OrganizationCatalog {

	private static final String[] TEAM_NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private OrganizationCatalog() {
	}

	static List<Department> standard(IdentityProperties.Organization settings) {
		List<Department> all = new ArrayList<>();
		all.add(new Department(GroupIds.LEADING_GROUP, "巡察工作领导小组", LEADING_GROUP));
		all.add(new Department(GroupIds.INSPECTION_OFFICE, "巡察办", INSPECTION_OFFICE));
		for (int number = 1; number <= settings.teams(); number++) {
			all.add(new Department(GroupIds.team(number), "第" + teamNumeral(number) + "巡察组", INSPECTION_TEAM));
		}
		all.add(new Department(GroupIds.DISCIPLINE_COMMISSION, "纪委监委", DISCIPLINE_COMMISSION));
		all.add(new Department(GroupIds.ORGANIZATION_DEPT, "组织部", ORGANIZATION_DEPT));
		all.add(new Department(GroupIds.PETITION_OFFICE, "信访局", PETITION_OFFICE));
		all.add(new Department(GroupIds.AUDIT_BUREAU, "审计局", AUDIT_BUREAU));
		settings.functionalDepartments()
			.forEach((code, name) -> all.add(new Department("dept-" + code, name, FUNCTIONAL_DEPT)));
		all.add(new Department(GroupIds.PROCESS_ADMIN, "流程管理员", PROCESS_ADMIN));
		all.add(new Department(GroupIds.CAMUNDA_ADMIN, "系统管理员", ADMINISTRATORS));
		return all;
	}

	private static String teamNumeral(int number) {
		return (number <= TEAM_NUMERALS.length) ? TEAM_NUMERALS[number - 1] : String.valueOf(number);
	}

}

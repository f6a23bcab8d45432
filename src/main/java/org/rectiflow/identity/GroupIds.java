package org.rectiflow.identity;

/**
 * The fixed Camunda group ids of DOMAIN.md. Per-case groups (township, village, team,
 * functional department) are built by the helpers below.
 */
public final class GroupIds {

	public static final String LEADING_GROUP = "leading-group";

	public static final String INSPECTION_OFFICE = "inspection-office";

	public static final String DISCIPLINE_COMMISSION = "discipline-commission";

	public static final String ORGANIZATION_DEPT = "organization-dept";

	public static final String PETITION_OFFICE = "petition-office";

	public static final String AUDIT_BUREAU = "audit-bureau";

	public static final String PROCESS_ADMIN = "process-admin";

	public static final String CAMUNDA_ADMIN = "camunda-admin";

	private GroupIds() {
	}

	public static String team(int number) {
		return "inspection-team-" + number;
	}

}

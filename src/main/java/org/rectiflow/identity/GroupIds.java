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

	/** Every inspection team's group starts with this: {@code inspection-team-1}. */
	public static final String TEAM_PREFIX = "inspection-team-";

	/** Every functional department's group starts with this: {@code dept-agriculture}. */
	public static final String FUNCTIONAL_DEPT_PREFIX = "dept-";

	private GroupIds() {
	}

	public static String team(int number) {
		return TEAM_PREFIX + number;
	}

	/**
	 * Whether a group id names an inspection team.
	 * @param groupId a group id, may be null
	 * @return true for {@code inspection-team-<n>}
	 */
	public static boolean isTeam(String groupId) {
		return groupId != null && groupId.startsWith(TEAM_PREFIX) && groupId.length() > TEAM_PREFIX.length();
	}

	/**
	 * Whether a group id names a functional (line) department.
	 * @param groupId a group id, may be null
	 * @return true for {@code dept-<code>}
	 */
	public static boolean isFunctionalDepartment(String groupId) {
		return groupId != null && groupId.startsWith(FUNCTIONAL_DEPT_PREFIX)
				&& groupId.length() > FUNCTIONAL_DEPT_PREFIX.length();
	}

}

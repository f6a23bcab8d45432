package org.rectiflow.identity;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person making a request and the groups they act for. Every module asks this, and
 * only this, what a person may see: supervisors read everything; a township reads its
 * villages; a department reads what it supervises; a village reads its own.
 */
public record CurrentUser(String userId, Set<String> groups) {

	private static final Set<String> READ_ALL = Set.of(GroupIds.INSPECTION_OFFICE, GroupIds.LEADING_GROUP,
			GroupIds.DISCIPLINE_COMMISSION, GroupIds.ORGANIZATION_DEPT, GroupIds.CAMUNDA_ADMIN);

	public CurrentUser {
		groups = Set.copyOf(groups);
	}

	/**
	 * The user of the current request; fails when there is none (a bug, not a user
	 * error).
	 */
	public static CurrentUser get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new IllegalStateException("No authenticated user in this thread");
		}
		return new CurrentUser(authentication.getName(),
				authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.collect(Collectors.toSet()));
	}

	public boolean inGroup(String groupId) {
		return groupId != null && this.groups.contains(groupId);
	}

	/** 巡察办, 领导小组, 纪委监委, 组织部 and administrators read every record. */
	public boolean readsAll() {
		return this.groups.stream().anyMatch(READ_ALL::contains);
	}

	public boolean isInspectionOffice() {
		return inGroup(GroupIds.INSPECTION_OFFICE) || inGroup(GroupIds.CAMUNDA_ADMIN);
	}

	public boolean isDisciplineCommission() {
		return inGroup(GroupIds.DISCIPLINE_COMMISSION);
	}

	/** Members of an inspection team ({@code inspection-team-<n>}). */
	public boolean isInspectionTeam() {
		return this.groups.stream().anyMatch(GroupIds::isTeam);
	}

	/**
	 * Whether this user acts for any of the given groups; null ids are ignored.
	 * @param groupIds group ids, e.g. a record's unit, township, team and department
	 * @return true if the user is in at least one
	 */
	public boolean inAnyGroup(String... groupIds) {
		for (String groupId : groupIds) {
			if (inGroup(groupId)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether this user may read a record of a unit.
	 * @param unitGroup the village's (or township's) own group
	 * @param townshipGroup the group of the township it belongs to
	 * @param departmentGroup the supervising department's group, or {@code null}
	 */
	public boolean canRead(String unitGroup, String townshipGroup, String departmentGroup) {
		return readsAll() || inGroup(unitGroup) || inGroup(townshipGroup) || inGroup(departmentGroup);
	}

}

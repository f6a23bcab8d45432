package org.rectiflow.identity;

/** What an organization is in the inspection; decides what it may see and do. */
public enum OrganizationKind {

	LEADING_GROUP, INSPECTION_OFFICE, INSPECTION_TEAM, DISCIPLINE_COMMISSION, ORGANIZATION_DEPT, PETITION_OFFICE,
	AUDIT_BUREAU, FUNCTIONAL_DEPT, PROCESS_ADMIN, ADMINISTRATORS

}

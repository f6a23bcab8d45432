package org.rectiflow.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the county's departments for other modules; their table stays this module's. */
@Service
@Transactional(readOnly = true)
public class Departments {

	private final DepartmentRepository departments;

	Departments(DepartmentRepository departments) {
		this.departments = departments;
	}

	public Optional<Department> find(String groupId) {
		return (groupId != null) ? this.departments.findByGroupId(groupId) : Optional.empty();
	}

	public boolean exists(String groupId) {
		return find(groupId).isPresent();
	}

	/** The inspection teams (巡察组), by group id. */
	public List<Department> inspectionTeams() {
		return this.departments.findByKindOrderByGroupId(OrganizationKind.INSPECTION_TEAM);
	}

	/** The functional departments (职能部门) that supervise rectification, by group id. */
	public List<Department> functional() {
		return this.departments.findByKindOrderByGroupId(OrganizationKind.FUNCTIONAL_DEPT);
	}

}

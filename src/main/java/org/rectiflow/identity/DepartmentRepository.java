package org.rectiflow.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

	Optional<Department> findByGroupId(String groupId);

	List<Department> findByKindOrderByGroupId(OrganizationKind kind);

}

package org.rectiflow.round;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistVersionRepository extends JpaRepository<ChecklistVersion, Long> {

	List<ChecklistVersion> findAllByOrderByNumberDesc();

	Optional<ChecklistVersion> findFirstByStateOrderByNumberDesc(ChecklistVersionState state);

	@Query("select coalesce(max(v.number), 0) from ChecklistVersion v")
	int maxNumber();

}

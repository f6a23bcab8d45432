package org.rectiflow.workbench;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CarbonCopyRepository extends JpaRepository<CarbonCopy, Long> {

	@Query("select c from CarbonCopy c where c.toUser = :user or c.toGroup in :groups order by c.copiedAt desc, c.id desc")
	Page<CarbonCopy> copiedTo(@Param("user") String user, @Param("groups") Collection<String> groups,
			Pageable pageable);

	@Query("select count(c) from CarbonCopy c where c.toUser = :user or c.toGroup in :groups")
	long countCopiedTo(@Param("user") String user, @Param("groups") Collection<String> groups);

}

package org.rectiflow.finding;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReporterIdentityRepository extends JpaRepository<ReporterIdentity, Long> {

}

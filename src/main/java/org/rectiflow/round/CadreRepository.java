package org.rectiflow.round;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CadreRepository extends JpaRepository<Cadre, Long>, JpaSpecificationExecutor<Cadre> {

}

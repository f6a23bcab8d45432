package org.rectiflow.rectification;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RectificationItemRepository
		extends JpaRepository<RectificationItem, Long>, JpaSpecificationExecutor<RectificationItem> {

}

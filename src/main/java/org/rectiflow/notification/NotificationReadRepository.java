package org.rectiflow.notification;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationReadRepository extends JpaRepository<NotificationRead, NotificationRead.Key> {

	@Query("select r from NotificationRead r where r.key.userId = :user and r.key.notificationId in :ids")
	List<NotificationRead> findByUser(@Param("user") String user, @Param("ids") Collection<Long> ids);

}

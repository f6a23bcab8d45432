package org.rectiflow.notification;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	@Query(value = "select n from Notification n where exists (select 1 from Notification m join m.recipientGroups g"
			+ " where m = n and g in :groups) order by n.createdAt desc, n.id desc",
			countQuery = "select count(n) from Notification n where exists (select 1 from Notification m"
					+ " join m.recipientGroups g where m = n and g in :groups)")
	Page<Notification> findForGroups(@Param("groups") Collection<String> groups, Pageable pageable);

	@Query("select count(n) from Notification n where exists (select 1 from Notification m join m.recipientGroups g"
			+ " where m = n and g in :groups) and not exists (select 1 from NotificationRead r"
			+ " where r.key.notificationId = n.id and r.key.userId = :user)")
	long countUnread(@Param("groups") Collection<String> groups, @Param("user") String user);

	@Query("select n.id from Notification n where exists (select 1 from Notification m join m.recipientGroups g"
			+ " where m = n and g in :groups) and not exists (select 1 from NotificationRead r"
			+ " where r.key.notificationId = n.id and r.key.userId = :user)")
	java.util.List<Long> findUnreadIds(@Param("groups") Collection<String> groups, @Param("user") String user);

}

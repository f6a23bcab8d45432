package org.rectiflow.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's console notifications: those of their groups, each with that person's read
 * state.
 */
@Service
@Transactional
class ConsoleInbox {

	private final NotificationRepository notifications;

	private final NotificationReadRepository reads;

	private final BusinessDate clock;

	ConsoleInbox(NotificationRepository notifications, NotificationReadRepository reads, BusinessDate clock) {
		this.clock = clock;
		this.notifications = notifications;
		this.reads = reads;
	}

	@Transactional(readOnly = true)
	Page<Line> page(CurrentUser user, int page, int size) {
		Page<Notification> found = this.notifications.findForGroups(groups(user),
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
		List<Long> ids = found.getContent().stream().map(Notification::getId).toList();
		Map<Long, Instant> readAt = ids.isEmpty() ? Map.of()
				: this.reads.findByUser(user.userId(), ids)
					.stream()
					.collect(Collectors.toMap((read) -> read.key().notificationId(), NotificationRead::getReadAt));
		return found.map((notification) -> Line.of(notification, readAt.get(notification.getId())));
	}

	@Transactional(readOnly = true)
	long unreadCount(CurrentUser user) {
		return this.notifications.countUnread(groups(user), user.userId());
	}

	/** Marks one notification read for this user; 404 if unknown, 403 if not theirs. */
	Line markRead(Long id, CurrentUser user) {
		Notification notification = this.notifications.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("通知 / notification", id));
		if (notification.getRecipientGroups().stream().noneMatch(user::inGroup)) {
			throw new AccessRefusedException("这条通知不是发给您所在单位的 / Notification " + id + " is not for your groups");
		}
		NotificationRead read = this.reads.findById(new NotificationRead.Key(id, user.userId()))
			.orElseGet(() -> this.reads.save(new NotificationRead(id, user.userId(), this.clock.now())));
		return Line.of(notification, read.getReadAt());
	}

	int markAllRead(CurrentUser user) {
		List<Long> unread = this.notifications.findUnreadIds(groups(user), user.userId());
		Instant now = this.clock.now();
		unread.forEach((id) -> this.reads.save(new NotificationRead(id, user.userId(), now)));
		return unread.size();
	}

	private static Set<String> groups(CurrentUser user) {
		// An empty IN list is not valid SQL everywhere; a group id nobody has stands in.
		return user.groups().isEmpty() ? Set.of("\u0000none") : user.groups();
	}

	/** One notification as the person sees it. */
	record Line(Long id, String title, String body, String link, String reference, Instant createdAt, Instant readAt,
			Set<String> recipientGroups) {

		static Line of(Notification notification, Instant readAt) {
			return new Line(notification.getId(), notification.getTitle(), notification.getBody(),
					notification.getLink(), notification.getReference(), notification.getCreatedAt(), readAt,
					Set.copyOf(notification.getRecipientGroups()));
		}

		public boolean read() {
			return this.readAt != null;
		}

	}

}

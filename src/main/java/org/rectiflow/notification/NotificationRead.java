package org.rectiflow.notification;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** That one user has read one notification, and when. */
@Entity
@Table(name = "notification_read")
class NotificationRead {

	@EmbeddedId
	private Key key;

	@Column(nullable = false)
	private Instant readAt;

	protected NotificationRead() {
	}

	NotificationRead(Long notificationId, String userId, Instant readAt) {
		this.key = new Key(notificationId, userId);
		this.readAt = readAt;
	}

	Key key() {
		return this.key;
	}

	Instant getReadAt() {
		return this.readAt;
	}

	@Embeddable
	record Key(@Column(name = "notification_id") Long notificationId,
			@Column(name = "user_id", length = 64) String userId) implements Serializable {

	}

}

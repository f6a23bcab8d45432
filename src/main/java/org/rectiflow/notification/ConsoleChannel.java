package org.rectiflow.notification;

import org.rectiflow.common.BusinessDate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 站内通知: stores the notice for its recipients' groups in the caller's transaction (the
 * engine's, when a process step issued it), so that it exists exactly when the step
 * committed.
 */
@Component
@Order(0)
class ConsoleChannel implements NotificationChannel {

	private final NotificationRepository notifications;

	private final BusinessDate clock;

	ConsoleChannel(NotificationRepository notifications, BusinessDate clock) {
		this.clock = clock;
		this.notifications = notifications;
	}

	@Override
	public String name() {
		return "console";
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void deliver(Notice notice) {
		this.notifications.save(new Notification(notice, this.clock.now()));
	}

}

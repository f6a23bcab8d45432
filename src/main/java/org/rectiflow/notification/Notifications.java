package org.rectiflow.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/** Hands a notice to every channel. */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final List<NotificationChannel> channels;

	Notifications(List<NotificationChannel> channels) {
		this.channels = List.copyOf(channels);
	}

	public void send(Notice notice) {
		for (NotificationChannel channel : this.channels) {
			log.debug("Notice «{}» to {} via {}", notice.title(), notice.recipientGroups(), channel.name());
			channel.deliver(notice);
		}
	}

}

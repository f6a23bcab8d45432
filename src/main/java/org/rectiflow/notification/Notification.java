package org.rectiflow.notification;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A notice as the console keeps it, for its recipients' groups. */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
	@SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 4000)
	private String body;

	@Column(length = 500)
	private String link;

	@Column(length = 100)
	private String reference;

	@Column(nullable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "notification_recipient", joinColumns = @JoinColumn(name = "notification_id"))
	@Column(name = "group_id", nullable = false, length = 64)
	private Set<String> recipientGroups = new LinkedHashSet<>();

	protected Notification() {
	}

	Notification(Notice notice, Instant now) {
		this.title = cut(notice.title(), 200);
		this.body = cut(notice.body(), 4000);
		this.link = notice.link();
		this.reference = notice.reference();
		this.createdAt = now;
		this.recipientGroups.addAll(notice.recipientGroups());
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	Long getId() {
		return this.id;
	}

	String getTitle() {
		return this.title;
	}

	String getBody() {
		return this.body;
	}

	String getLink() {
		return this.link;
	}

	String getReference() {
		return this.reference;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Set<String> getRecipientGroups() {
		return this.recipientGroups;
	}

}

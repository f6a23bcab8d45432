package org.rectiflow.notification;

import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 邮件通知: e-mails a notice to the members of its recipient groups who have an address
 * (Camunda user profile), through the SMTP server of {@code rectiflow.notification.mail}.
 * Only when {@code rectiflow.notification.mail.enabled=true}. The addresses are read in
 * the caller's transaction; the message leaves after it has committed, on the node that
 * committed it (never for a rolled-back step, never twice). A failing server is logged,
 * not retried: the console notification stays the record.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "rectiflow.notification.mail.enabled", havingValue = "true")
class MailChannel implements NotificationChannel {

	private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

	private final MailProperties properties;

	private final IdentityService identity;

	private final JavaMailSenderImpl sender;

	MailChannel(MailProperties properties, IdentityService identity) {
		if (properties.host().isBlank() || properties.from().isBlank()) {
			throw new IllegalStateException(
					"rectiflow.notification.mail.enabled=true needs rectiflow.notification.mail.host and .from");
		}
		this.properties = properties;
		this.identity = identity;
		this.sender = new JavaMailSenderImpl();
		this.sender.setHost(properties.host());
		this.sender.setPort(properties.port());
		this.sender.setDefaultEncoding("UTF-8");
		if (properties.username() != null && !properties.username().isBlank()) {
			this.sender.setUsername(properties.username());
			this.sender.setPassword(properties.password());
		}
		Properties javaMail = new Properties();
		javaMail.put("mail.smtp.auth",
				String.valueOf(properties.username() != null && !properties.username().isBlank()));
		javaMail.put("mail.smtp.starttls.enable", String.valueOf(properties.startTls()));
		javaMail.put("mail.smtp.starttls.required", String.valueOf(properties.startTls()));
		javaMail.put("mail.smtp.connectiontimeout", "10000");
		javaMail.put("mail.smtp.timeout", "10000");
		this.sender.setJavaMailProperties(javaMail);
	}

	@Override
	public String name() {
		return "mail";
	}

	@Override
	public void deliver(Notice notice) {
		Set<String> addresses = addresses(notice);
		if (addresses.isEmpty()) {
			log.debug("No e-mail address in {} for «{}»", notice.recipientGroups(), notice.title());
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(addresses.toArray(String[]::new));
		message.setSubject("【巡察整改】" + notice.title());
		StringBuilder text = new StringBuilder((notice.body() != null) ? notice.body() : notice.title());
		if (notice.link() != null && !this.properties.linkBase().isBlank()) {
			text.append("\n\n查看：").append(this.properties.linkBase()).append(notice.link());
		}
		text.append("\n\n（本邮件由巡察整改管理平台自动发送，请勿回复。）");
		message.setText(text.toString());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send(message);
				}
			});
		}
		else {
			send(message);
		}
	}

	private void send(SimpleMailMessage message) {
		try {
			this.sender.send(message);
		}
		catch (MailException ex) {
			log.warn("E-mail «{}» to {} not sent: {}", message.getSubject(), message.getTo(), ex.getMessage());
		}
	}

	/**
	 * The recipients' addresses, read without the acting person's authorizations (a
	 * supervisor may not be allowed to list a village's users, yet the village must be
	 * told).
	 */
	private Set<String> addresses(Notice notice) {
		Authentication acting = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			Set<String> addresses = new LinkedHashSet<>();
			for (String group : notice.recipientGroups()) {
				for (User user : this.identity.createUserQuery().memberOfGroup(group).list()) {
					if (user.getEmail() != null && user.getEmail().contains("@")) {
						addresses.add(user.getEmail().strip());
					}
				}
			}
			return addresses;
		}
		finally {
			if (acting != null) {
				this.identity.setAuthentication(acting);
			}
		}
	}

}

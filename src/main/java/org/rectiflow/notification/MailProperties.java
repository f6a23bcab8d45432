package org.rectiflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rectiflow.notification.mail.*}: the SMTP server of the e-mail channel. Off by
 * default; when on, members of a recipient group who have an e-mail address in their user
 * profile receive each notice.
 *
 * @param enabled whether notices are sent by e-mail (default {@code false})
 * @param host SMTP host
 * @param port SMTP port (default 25)
 * @param from sender address, e.g. {@code xuncha@example.gov.cn}
 * @param username SMTP user, empty for none
 * @param password SMTP password
 * @param startTls whether to require STARTTLS
 * @param linkBase the console's public address, put before a notice's link (e.g.
 * {@code https://xuncha.example.gov.cn}); empty to leave links out
 */
@ConfigurationProperties("rectiflow.notification.mail")
record MailProperties(boolean enabled, String host, Integer port, String from, String username, String password,
		boolean startTls, String linkBase) {

	MailProperties {
		port = (port != null) ? port : 25;
		host = (host != null) ? host : "";
		from = (from != null) ? from : "";
		linkBase = (linkBase != null) ? linkBase.replaceAll("/+$", "") : "";
	}

}

/**
 * Notifications (站内通知与邮件): tells the people of a group that something concerns them —
 * today the letters of the supervision module. Every {@link NotificationChannel} gets
 * each {@link org.rectiflow.notification.Notice}: the console channel stores it for the
 * recipients' groups with a read state per user (page {@code /console/notifications} and
 * the unread-count badge in the header); the mail channel sends it by SMTP once the
 * transaction that produced it has committed, and is off unless
 * {@code rectiflow.notification.mail.enabled=true}. SMS or a government messaging app is
 * another channel bean.
 * <p>
 * {@link org.rectiflow.notification.Notifications#send} is called inside the engine's
 * transaction of the step that issued the letter, so a notification is stored exactly
 * once in a cluster (by the node whose transaction commits), and never for a step that
 * rolled back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "calendar", "common", "identity" })
package org.rectiflow.notification;

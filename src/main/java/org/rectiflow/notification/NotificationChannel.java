package org.rectiflow.notification;

/**
 * One way of telling people (站内通知, e-mail; later SMS or a government messaging app).
 * Every channel bean gets every {@link Notice}. A channel is called inside the
 * transaction that produced the notice: it either writes in that transaction (the
 * console) or defers its sending until the transaction has committed (e-mail), so nothing
 * is sent for work that rolled back and nothing is sent twice in a cluster.
 */
public interface NotificationChannel {

	/** A short name for logs and settings, e.g. {@code console}, {@code mail}. */
	String name();

	void deliver(Notice notice);

}

package org.rectiflow.notification;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Something to tell the members of some groups.
 *
 * @param title one line, e.g. 「督办函 示范县巡整督〔2026〕第3号」
 * @param body the text (plain)
 * @param link where the console opens it (a path of this application), or {@code null}
 * @param reference what it is about, e.g. {@code letter:12}, or {@code null}
 * @param recipientGroups the Camunda group ids of the recipients (at least one)
 */
public record Notice(String title, String body, String link, String reference, Set<String> recipientGroups) {

	public Notice {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("通知须有标题 / A notice needs a title");
		}
		if (recipientGroups == null || recipientGroups.isEmpty()) {
			throw new IllegalArgumentException("通知须有接收单位 / A notice needs recipients");
		}
		recipientGroups = Set.copyOf(new LinkedHashSet<>(recipientGroups));
	}

}

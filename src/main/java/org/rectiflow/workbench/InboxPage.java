package org.rectiflow.workbench;

import java.util.List;

/**
 * A page of task cards.
 *
 * @param query what was asked
 * @param cards the cards of this page
 * @param total how many tasks the list holds with these filters
 */
record InboxPage(InboxQuery query, List<TaskCard> cards, long total) {

	public long shown() {
		return (long) this.query.page() * InboxQuery.PAGE_SIZE + this.cards.size();
	}

	public boolean hasMore() {
		return shown() < this.total;
	}

}

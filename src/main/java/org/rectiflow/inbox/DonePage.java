package org.rectiflow.inbox;

import java.util.List;

/**
 * A page of completed tasks, newest first.
 *
 * @param scope which list
 * @param tasks the tasks of this page
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many tasks the list has in all
 */
public record DonePage(DoneScope scope, List<DoneTask> tasks, int page, int size, long total) {

	/** How many tasks this page and the ones before it show. */
	public long shown() {
		return (long) this.page * this.size + this.tasks.size();
	}

	public boolean hasMore() {
		return shown() < this.total;
	}

}

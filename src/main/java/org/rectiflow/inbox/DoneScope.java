package org.rectiflow.inbox;

import java.util.Locale;

/** The two lists of the 已办 page. */
public enum DoneScope {

	/** Tasks this user completed. */
	MINE("我办理的"),

	/** Tasks completed by anyone of this user's departments (their candidate groups). */
	DEPARTMENT("本部门办理的");

	private final String title;

	DoneScope(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

	/** The value in the page's address: {@code mine} or {@code department}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	static DoneScope of(String param) {
		for (DoneScope scope : values()) {
			if (scope.param().equalsIgnoreCase(param)) {
				return scope;
			}
		}
		return MINE;
	}

}

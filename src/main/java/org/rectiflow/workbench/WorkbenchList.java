package org.rectiflow.workbench;

import java.util.Locale;

import org.rectiflow.common.InvalidInputException;

/** The lists of the workbench's inbox, in the order of its tabs. */
enum WorkbenchList {

	/** Tasks assigned to me. */
	MINE("我的待办"),

	/** Unclaimed tasks of my departments (candidate groups). */
	GROUP("本部门待办"),

	/** Mine or my departments', due within three days. */
	SOON("即将到期"),

	/** Mine or my departments', past their due date. */
	OVERDUE("已超期"),

	/** Tasks copied to me or my departments (抄送). */
	CC("抄送我的"),

	/** What I and my departments completed (the 已办 page). */
	DONE("已办");

	private final String title;

	WorkbenchList(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

	/** The value in the page's address, e.g. {@code mine}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	static WorkbenchList of(String param) {
		if (param == null || param.isBlank()) {
			return MINE;
		}
		for (WorkbenchList list : values()) {
			if (list.param().equalsIgnoreCase(param.strip())) {
				return list;
			}
		}
		throw new InvalidInputException("没有名为「" + param + "」的待办列表 / No inbox list named " + param);
	}

}

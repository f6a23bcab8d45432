package org.rectiflow.workbench;

import java.util.Set;

import org.rectiflow.common.InvalidInputException;

/**
 * What the inbox asks: a list, a search text (village name or problem), a process, a
 * stage, a warning colour, a sort and a page.
 *
 * @param list the list
 * @param text search text, or {@code null}
 * @param process a process definition key, or {@code null}
 * @param stage a stage code ({@code RECTIFICATION} …), or {@code null}
 * @param colour a warning colour code ({@code RED} …), or {@code null}
 * @param sort {@code deadline} (soonest first, the default) or {@code created} (newest
 * first)
 * @param page the page, from 0
 */
record InboxQuery(WorkbenchList list, String text, String process, String stage, String colour, String sort, int page) {

	static final int PAGE_SIZE = 20;

	static final Set<String> SORTS = Set.of("deadline", "created");

	static final Set<String> COLOURS = Set.of("NONE", "GREEN", "YELLOW", "RED", "ADMONISH");

	InboxQuery {
		text = blankToNull(text);
		process = blankToNull(process);
		stage = blankToNull(stage);
		colour = blankToNull(colour);
		sort = (blankToNull(sort) == null) ? "deadline" : sort.strip();
		if (text != null && text.length() > 50) {
			throw new InvalidInputException("搜索内容不能超过 50 字 / The search text is at most 50 characters");
		}
		if (!SORTS.contains(sort)) {
			throw new InvalidInputException("排序方式只能是按期限或按创建时间 / sort must be deadline or created: " + sort);
		}
		if (colour != null && !COLOURS.contains(colour)) {
			throw new InvalidInputException("没有名为「" + colour + "」的预警颜色 / No warning colour " + colour);
		}
		if (process != null && !process.matches("[a-z][a-z0-9-]{0,63}")) {
			throw new InvalidInputException("流程标识有误 / Not a process key: " + process);
		}
		if (page < 0 || page > 10_000) {
			throw new InvalidInputException("页码有误 / Bad page number: " + page);
		}
	}

	static InboxQuery of(WorkbenchList list) {
		return new InboxQuery(list, null, null, null, null, null, 0);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

package org.rectiflow.supervision;

import java.util.Locale;
import java.util.Set;

import org.rectiflow.common.Labelled;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;

/**
 * What a supervisor may do by hand to an item (督办措施), the letter it issues, and who may
 * do it. Reminders, supervision letters and flags are for the inspection office, the
 * leading group and the discipline commission; an admonishing talk (约谈), a disciplinary
 * step, only for the leading group and the discipline commission (DOMAIN.md: 约谈 and
 * accountability lie with the commission).
 */
public enum SupervisionAction implements Labelled {

	/** 发提示函. */
	REMINDER("发提示函", LetterKind.REMINDER,
			Set.of(GroupIds.INSPECTION_OFFICE, GroupIds.LEADING_GROUP, GroupIds.DISCIPLINE_COMMISSION)),
	/** 发督办函. */
	SUPERVISION_LETTER("发督办函", LetterKind.SUPERVISION,
			Set.of(GroupIds.INSPECTION_OFFICE, GroupIds.LEADING_GROUP, GroupIds.DISCIPLINE_COMMISSION)),
	/** 挂牌督办. */
	FLAG("挂牌督办", LetterKind.FLAG,
			Set.of(GroupIds.INSPECTION_OFFICE, GroupIds.LEADING_GROUP, GroupIds.DISCIPLINE_COMMISSION)),
	/** 约谈. */
	ADMONISH("约谈", LetterKind.ADMONISH, Set.of(GroupIds.LEADING_GROUP, GroupIds.DISCIPLINE_COMMISSION));

	/** Everyone who may take at least one action. */
	static final Set<String> SUPERVISORS = Set.of(GroupIds.INSPECTION_OFFICE, GroupIds.LEADING_GROUP,
			GroupIds.DISCIPLINE_COMMISSION);

	private final String label;

	private final LetterKind letter;

	private final Set<String> allowedGroups;

	SupervisionAction(String label, LetterKind letter, Set<String> allowedGroups) {
		this.label = label;
		this.letter = letter;
		this.allowedGroups = allowedGroups;
	}

	@Override
	public String label() {
		return this.label;
	}

	public LetterKind letter() {
		return this.letter;
	}

	public boolean allowedFor(CurrentUser user) {
		return this.allowedGroups.stream().anyMatch(user::inGroup);
	}

	/** Who may, in Chinese, for a refusal. */
	String allowedLabel() {
		return (this == ADMONISH) ? "领导小组和纪委监委" : "巡察办、领导小组和纪委监委";
	}

	/**
	 * The action named by a form or a request ({@code SUPERVISION_LETTER},
	 * case-insensitive).
	 * @throws IllegalArgumentException for anything else (400)
	 */
	public static SupervisionAction of(String name) {
		if (name != null) {
			try {
				return valueOf(name.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				// below
			}
		}
		throw new IllegalArgumentException("督办措施应为 REMINDER（提示函）、SUPERVISION_LETTER（督办函）、FLAG（挂牌督办）或 ADMONISH（约谈），收到「"
				+ name + "」 / action must be REMINDER, SUPERVISION_LETTER, FLAG or ADMONISH");
	}

}

package org.rectiflow.rectification;

import org.rectiflow.common.RuleViolationException;

/**
 * What the process or a user does to an item; names the action in the message when the
 * item's state does not allow it.
 */
enum ItemAction {

	RECORD_PLAN("制定整改措施", "record the plan"), SUBMIT_FOR_REVIEW("提交四方会审", "submit it for review"),
	VOTE("提交会审意见", "vote"), CONCLUDE_REVIEW("汇总会审结果", "conclude the review"), RETURN("退回整改", "return it"),
	SIGN_OFF("销号", "sign it off"), EXTEND("延期", "extend its deadline"), WARN("设置预警", "set its warning colour"),
	FLAG("挂牌督办", "flag it"), REPORT_PROGRESS("报告整改进展", "report progress"), ATTACH("上传佐证材料", "attach evidence");

	private final String chinese;

	private final String english;

	ItemAction(String chinese, String english) {
		this.chinese = chinese;
		this.english = english;
	}

	RuleViolationException refused(Long itemId, ItemState state) {
		return new RuleViolationException("整改事项 " + itemId + " 当前状态为「" + state.label() + "」，不能" + this.chinese
				+ " / Item " + itemId + " is " + state + "; cannot " + this.english);
	}

}

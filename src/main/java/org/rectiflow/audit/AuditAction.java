package org.rectiflow.audit;

/** What an audit entry records, with its name on the page. */
enum AuditAction {

	REPORTER_READ("查看举报人信息"), MEMBER_ADDED("加入纪委监委组"), MEMBER_REMOVED("退出纪委监委组");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

}

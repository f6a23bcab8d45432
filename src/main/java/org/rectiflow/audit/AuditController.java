package org.rectiflow.audit;

import org.rectiflow.common.ErrorPage;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** 审计日志 for the discipline commission: who read reporters' identities, who joined it. */
@Controller
class AuditController {

	static final int SHOWN = 500;

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/console/audit")
	ModelAndView list() {
		if (!CurrentUser.get().isDisciplineCommission()) {
			return ErrorPage
				.of(HttpStatus.FORBIDDEN, "无权查看", "审计日志仅纪委监委可查看 / Only the discipline commission sees the audit log")
				.view();
		}
		ModelAndView page = new ModelAndView("audit/list");
		page.addObject("entries", this.log.recent(SHOWN));
		page.addObject("shown", SHOWN);
		return page;
	}

}

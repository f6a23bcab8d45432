package org.rectiflow.audit;

import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** 审计日志 for the discipline commission: who read reporters' identities, who joined it. */
@Controller
class AuditController {

	static final int SHOWN = 500;

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/console/audit")
	String list(Model model) {
		if (!CurrentUser.get().isDisciplineCommission()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"审计日志仅纪委监委可查看 / Only the discipline commission sees the audit log");
		}
		model.addAttribute("entries", this.log.recent(SHOWN));
		model.addAttribute("shown", SHOWN);
		return "audit/list";
	}

}

package org.rectiflow.inbox;

import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 已办 page: what I completed (我办理的) and what my department completed (本部门办理的), newest
 * first, 20 at a time. An htmx request for the next page gets only the rows.
 */
@Controller
class DoneController {

	private final CompletedTasks completed;

	DoneController(CompletedTasks completed) {
		this.completed = completed;
	}

	@GetMapping("/inbox/done")
	String done(@RequestParam(name = "scope", defaultValue = "mine") String scope,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		DoneScope chosen = DoneScope.of(scope);
		DonePage done = this.completed.list(chosen, CurrentUser.get(), page);
		model.addAttribute("done", done);
		model.addAttribute("scopes", DoneScope.values());
		return ("true".equals(htmx)) ? "inbox/done :: rows" : "inbox/done";
	}

}

package org.rectiflow.workbench;

import java.util.List;
import java.util.Map;

import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The task actions as an htmx fragment ({@code GET /workbench/tasks/{id}/actions}, loaded
 * by the task page) and their forms ({@code POST
 * /workbench/tasks/{id}/actions/{action}}); without htmx the same panel is a page of its
 * own. Batch approval is {@code /workbench/batch}.
 */
@Controller
class TaskActionsController {

	private final ActionPanels panels;

	private final WorkbenchActions actions;

	private final BatchApproval batch;

	TaskActionsController(ActionPanels panels, WorkbenchActions actions, BatchApproval batch) {
		this.panels = panels;
		this.actions = actions;
		this.batch = batch;
	}

	@GetMapping("/workbench/tasks/{id}/actions")
	String panel(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("panel", this.panels.panel(id, CurrentUser.get()));
		return view(htmx);
	}

	@PostMapping("/workbench/tasks/{id}/actions/{action}")
	String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CurrentUser user = CurrentUser.get();
		String message = this.actions.act(id, action, form, user);
		try {
			model.addAttribute("panel", this.panels.panel(id, user).withMessage(message));
		}
		catch (RecordNotFoundException gone) {
			// returned, transferred or delegated away: the task is no longer this
			// person's
			model.addAttribute("panel", null);
			model.addAttribute("message", message);
		}
		return view(htmx);
	}

	@GetMapping("/workbench/batch")
	String batch(Model model) {
		model.addAttribute("rows", this.batch.pending(CurrentUser.get()));
		return "workbench/batch";
	}

	@PostMapping("/workbench/batch")
	String approve(@RequestParam(name = "taskId", required = false) List<String> taskIds, Model model) {
		CurrentUser user = CurrentUser.get();
		int approved = this.batch.approve(taskIds, user);
		model.addAttribute("message", "已审核通过 " + approved + " 项");
		model.addAttribute("rows", this.batch.pending(user));
		return "workbench/batch";
	}

	private static String view(String htmx) {
		return "true".equals(htmx) ? "workbench/actions :: panel" : "workbench/actions";
	}

}

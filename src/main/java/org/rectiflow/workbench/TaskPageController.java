package org.rectiflow.workbench;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.EvidenceStore;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workbench's task page: the task's Camunda Form rendered by the application, beside
 * the task's context, its evidence and (from the inbox helper) its actions.
 */
@Controller
class TaskPageController {

	private final WorkbenchTasks tasks;

	private final TaskForms forms;

	private final FormFiller filler;

	private final TaskContexts contexts;

	private final EvidenceStore evidence;

	TaskPageController(WorkbenchTasks tasks, TaskForms forms, FormFiller filler, TaskContexts contexts,
			EvidenceStore evidence) {
		this.tasks = tasks;
		this.forms = forms;
		this.filler = filler;
		this.contexts = contexts;
		this.evidence = evidence;
	}

	@GetMapping("/workbench/tasks/{id}")
	String page(@PathVariable String id, Model model) {
		CurrentUser user = CurrentUser.get();
		WorkbenchTasks.OpenTask open = this.tasks.get(id, user);
		FilledForm form = this.filler.initial(this.forms.of(id), this.contexts.variables(open));
		return page(open, form, null, user, model);
	}

	/** The form's fields again after a change: FEEL conditions shown or hidden (htmx). */
	@PostMapping("/workbench/tasks/{id}/form")
	String fields(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "_add", required = false) String add,
			@RequestParam(name = "_remove", required = false) String remove, Model model) {
		WorkbenchTasks.OpenTask open = this.tasks.get(id, CurrentUser.get());
		FilledForm form = this.filler.submitted(this.forms.of(id), this.contexts.variables(open),
				edited(params, add, remove), false);
		model.addAttribute("form", form);
		model.addAttribute("taskId", id);
		return "workbench/task-fragments :: fields";
	}

	@PostMapping("/workbench/tasks/{id}")
	String complete(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		WorkbenchTasks.OpenTask open = this.tasks.get(id, user);
		FilledForm form = this.filler.submitted(this.forms.of(id), this.contexts.variables(open), params, true);
		if (!form.valid()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(open, form, "表单有 " + form.errors() + " 处需要修改，请按提示填写后再提交。", user, model);
		}
		try {
			this.tasks.complete(open, form.variables(), user);
		}
		catch (RuleViolationException | IllegalArgumentException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(open, form, ex.getMessage(), user, model);
		}
		redirect.addFlashAttribute("message", "已完成「" + open.task().getName() + "」");
		return "redirect:/workbench";
	}

	@PostMapping("/workbench/tasks/{id}/evidence")
	String upload(@PathVariable String id, @RequestParam(name = "file", required = false) List<MultipartFile> files,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		CurrentUser user = CurrentUser.get();
		WorkbenchTasks.OpenTask open = this.tasks.get(id, user);
		String error = null;
		int added = 0;
		Long itemId = open.itemId();
		if (itemId == null || files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
			error = (itemId == null) ? "这一步不需要上传佐证材料" : "请选择要上传的照片或文件";
		}
		else {
			try {
				for (MultipartFile file : files) {
					if (!file.isEmpty()) {
						this.evidence.attach(itemId, user, file.getOriginalFilename(), file.getContentType(),
								file.getSize(), file);
						added++;
					}
				}
			}
			catch (RuleViolationException | AccessRefusedException | IllegalArgumentException ex) {
				error = message(ex);
			}
		}
		String message = (added > 0) ? "已上传 " + added + " 个文件" : null;
		if (error != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return evidenceAnswer(id, open, error, message, htmx, model, redirect, user);
	}

	@PostMapping("/workbench/tasks/{id}/evidence/{attachmentId}/delete")
	String remove(@PathVariable String id, @PathVariable Long attachmentId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CurrentUser user = CurrentUser.get();
		WorkbenchTasks.OpenTask open = this.tasks.get(id, user);
		String error = null;
		try {
			if (open.itemId() == null) {
				throw new IllegalArgumentException("这一步没有佐证材料");
			}
			this.evidence.remove(open.itemId(), attachmentId, user);
		}
		catch (RuleViolationException | AccessRefusedException | IllegalArgumentException ex) {
			error = message(ex);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return evidenceAnswer(id, open, error, (error == null) ? "已删除" : null, htmx, model, redirect, user);
	}

	private String evidenceAnswer(String id, WorkbenchTasks.OpenTask open, String error, String message, String htmx,
			Model model, RedirectAttributes redirect, CurrentUser user) {
		if (htmx != null) {
			model.addAttribute("taskId", id);
			model.addAttribute("context", this.contexts.of(open, user));
			model.addAttribute("evidenceError", error);
			model.addAttribute("evidenceMessage", message);
			model.addAttribute("me", user.userId());
			return "workbench/task-fragments :: evidence";
		}
		redirect.addFlashAttribute("evidenceError", error);
		redirect.addFlashAttribute("evidenceMessage", message);
		return "redirect:/workbench/tasks/" + id + "#evidence";
	}

	private String page(WorkbenchTasks.OpenTask open, FilledForm form, String error, CurrentUser user, Model model) {
		model.addAttribute("task", open.task());
		model.addAttribute("processName", open.processName());
		model.addAttribute("taskId", open.task().getId());
		model.addAttribute("itemId", open.itemId());
		model.addAttribute("form", form);
		model.addAttribute("formError", error);
		model.addAttribute("context", this.contexts.of(open, user));
		model.addAttribute("me", user.userId());
		return "workbench/task";
	}

	/** A submission with a dynamic list's entry added or removed. */
	private static MultiValueMap<String, String> edited(MultiValueMap<String, String> params, String add,
			String remove) {
		MultiValueMap<String, String> edited = new LinkedMultiValueMap<>(params);
		if (remove != null) {
			edited.keySet().removeIf((name) -> name.startsWith(remove + "."));
		}
		if (add != null) {
			int next = 0;
			while (hasEntry(edited, add, next)) {
				next++;
			}
			edited.add(add + "[" + next + "]._new", "");
		}
		return edited;
	}

	private static boolean hasEntry(MultiValueMap<String, String> params, String list, int index) {
		String prefix = list + "[" + index + "].";
		return params.keySet().stream().anyMatch((name) -> name.startsWith(prefix));
	}

	private static String message(Exception ex) {
		String message = ex.getMessage();
		int english = (message != null) ? message.indexOf(" / ") : -1;
		return (english > 0) ? message.substring(0, english) : message;
	}

}

package org.rectiflow.notification;

import java.nio.charset.StandardCharsets;

import org.rectiflow.common.Bilingual;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.ErrorPage;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 我的通知 ({@code /console/notifications}): the notifications of the person's groups, newest
 * first, marked read one by one or all at once; opening one marks it read and goes to its
 * letter. The header's badge loads {@code /console/notifications/unread-count}.
 */
@Controller
class NotificationController {

	private final ConsoleInbox inbox;

	NotificationController(ConsoleInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/console/notifications")
	String list(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUser.get();
		model.addAttribute("notifications", this.inbox.page(user, page, 20));
		model.addAttribute("unread", this.inbox.unreadCount(user));
		return "notification/list";
	}

	/** The header's badge: the number, or nothing when all is read. */
	@GetMapping("/console/notifications/unread-count")
	String unreadCount(Model model) {
		model.addAttribute("unread", this.inbox.unreadCount(CurrentUser.get()));
		return "notification/list :: badge";
	}

	/** Marks one read; an htmx request gets its refreshed row, a form the list again. */
	@PostMapping("/console/notifications/{id}/read")
	String markRead(@PathVariable("id") Long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		ConsoleInbox.Line line = this.inbox.markRead(id, CurrentUser.get());
		if ("true".equals(htmx)) {
			model.addAttribute("n", line);
			return "notification/list :: row";
		}
		return "redirect:/console/notifications";
	}

	@PostMapping("/console/notifications/read-all")
	String markAllRead() {
		this.inbox.markAllRead(CurrentUser.get());
		return "redirect:/console/notifications";
	}

	/** Opens what the notification is about (its letter), marking it read. */
	@GetMapping("/console/notifications/{id}/open")
	String open(@PathVariable("id") Long id) {
		ConsoleInbox.Line line = this.inbox.markRead(id, CurrentUser.get());
		String link = line.link();
		return "redirect:" + ((link != null && link.startsWith("/")) ? link : "/console/notifications");
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		return page(HttpStatus.FORBIDDEN, "无权操作", ex.getMessage());
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "未找到", ex.getMessage());
	}

	private static ModelAndView page(HttpStatus status, String title, String message) {
		return ErrorPage.of(status, title, message).back("notifications", "/console/notifications", "返回我的通知").view();
	}

}

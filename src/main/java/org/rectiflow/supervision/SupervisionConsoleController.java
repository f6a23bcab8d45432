package org.rectiflow.supervision;

import java.util.List;

import org.rectiflow.common.Bilingual;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.ErrorPage;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.rectification.RectificationItem;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The console's supervision panel of an item (督办措施 and its letters), for the item page's
 * {@code <section id="supervision-actions">}: {@code GET
 * /console/items/{key}/supervision} (the panel alone for htmx, else a page of its own)
 * and {@code POST /console/items/{key}/actions} (form fields {@code action},
 * {@code reason}; answers the refreshed panel, with 403/409/400 and the message for a
 * refusal). Letters print at {@code GET /console/letters/{id}.pdf}, an item's 整改销号审批表 at
 * {@code GET /console/items/{key}/sign-off-form.pdf}.
 */
@Controller
class SupervisionConsoleController {

	private final SupervisionActions actions;

	private final Letters letters;

	private final LetterPdf pdf;

	private final LedgerQueries ledger;

	private final SignOffFormPdf signOffForm;

	SupervisionConsoleController(SupervisionActions actions, Letters letters, LetterPdf pdf, LedgerQueries ledger,
			SignOffFormPdf signOffForm) {
		this.signOffForm = signOffForm;
		this.actions = actions;
		this.letters = letters;
		this.pdf = pdf;
		this.ledger = ledger;
	}

	@GetMapping("/console/items/{key}/supervision")
	String panel(@PathVariable("key") Long key, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestParam(name = "letter", required = false) Long opened, Model model) {
		fill(model, key, CurrentUser.get());
		model.addAttribute("opened", opened);
		return "true".equals(htmx) ? "supervision/panel :: panel" : "supervision/panel";
	}

	@PostMapping("/console/items/{key}/actions")
	String act(@PathVariable("key") Long key, @RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		CurrentUser user = CurrentUser.get();
		try {
			Letter letter = this.actions.take(key, action, reason, user);
			model.addAttribute("message", "已" + SupervisionAction.of(action).label().replaceFirst("^发", "发出") + "，文号 "
					+ letter.getNumber() + "，已通知收文单位。");
			model.addAttribute("issued", letter);
		}
		catch (AccessRefusedException ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("error", Bilingual.chinese(ex));
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", Bilingual.chinese(ex));
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", Bilingual.chinese(ex));
			model.addAttribute("reason", reason);
		}
		fill(model, key, user);
		return "true".equals(htmx) ? "supervision/panel :: panel" : "supervision/panel";
	}

	@GetMapping("/console/letters/{id}.pdf")
	ResponseEntity<byte[]> letterPdf(@PathVariable("id") Long id) {
		Letter letter = this.letters.readable(id, CurrentUser.get());
		byte[] bytes = this.pdf.print(letter);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(letter.getKind().label() + "-" + letter.getNumber() + ".pdf",
								java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(bytes);
	}

	/** 整改销号审批表 of an item the caller may read. */
	@GetMapping("/console/items/{key}/sign-off-form.pdf")
	ResponseEntity<byte[]> signOffForm(@PathVariable("key") Long key) {
		CurrentUser user = CurrentUser.get();
		readable(key, user);
		byte[] bytes = this.signOffForm.print(this.ledger.detail(key, user));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("整改销号审批表-" + key + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(bytes);
	}

	private void fill(Model model, Long key, CurrentUser user) {
		RectificationItem item = readable(key, user);
		List<Letter> visible = this.letters.about(SubjectType.ITEM, key)
			.stream()
			.filter((letter) -> letter.readableBy(user))
			.toList();
		model.addAttribute("item", item);
		model.addAttribute("letters", visible);
		model.addAttribute("actions", item.getState().isOpen() ? this.actions.allowed(user) : List.of());
	}

	/**
	 * The item, if the caller may read it; as on the item page, one outside the caller's
	 * scope is refused (403) and only an unknown one is not found (404).
	 */
	private RectificationItem readable(Long key, CurrentUser user) {
		try {
			return this.ledger.get(key, user);
		}
		catch (RecordNotFoundException ex) {
			if (this.ledger.exists(key)) {
				throw new AccessRefusedException("整改事项 " + key + " 不在您的查看范围内 / Item " + key + " is outside your scope");
			}
			throw ex;
		}
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		return ErrorPage.of(HttpStatus.FORBIDDEN, ex.getMessage()).view();
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return ErrorPage.of(HttpStatus.NOT_FOUND, ex.getMessage()).view();
	}

}

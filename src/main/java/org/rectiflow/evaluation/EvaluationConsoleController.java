package org.rectiflow.evaluation;

import java.util.Base64;
import java.util.List;

import org.rectiflow.common.Bilingual;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.ErrorMessages;
import org.rectiflow.common.ErrorPage;
import org.rectiflow.common.Labels;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The inspection office's evaluation pages: the list, one evaluation with its results,
 * printing QR tokens (PDF or a printable Chinese page), the shared link and closing by
 * hand. Everyone else is refused (403).
 */
@Controller
@RequestMapping("/console/evaluations")
class EvaluationConsoleController {

	private final Evaluations evaluations;

	private final EvaluationProperties properties;

	private final Labels labels;

	EvaluationConsoleController(Evaluations evaluations, EvaluationProperties properties, Labels labels) {
		this.evaluations = evaluations;
		this.properties = properties;
		this.labels = labels;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("evaluations", this.evaluations.list(CurrentUser.get()));
		return "evaluation/console/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Evaluation evaluation = this.evaluations.get(id, CurrentUser.get());
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("result", this.evaluations.aggregate(evaluation));
		model.addAttribute("comments", this.evaluations.comments(evaluation));
		model.addAttribute("spentTokens", this.evaluations.spentTokens(evaluation));
		model.addAttribute("minAnswers", this.properties.getMinAnswers());
		model.addAttribute("poorBelow", this.properties.getPoorBelow());
		model.addAttribute("fairBelow", this.properties.getFairBelow());
		model.addAttribute("maxBatch", this.properties.getMaxTokensPerBatch());
		boolean shared = evaluation.getSharedCode() != null && evaluation.getState() == EvaluationState.OPEN;
		model.addAttribute("sharedLink", shared ? base() + "/e/s/" + evaluation.getSharedCode() : null);
		return "evaluation/console/detail";
	}

	/**
	 * Issues a batch of tokens and answers it as a PDF sheet (default) or an HTML page.
	 */
	@PostMapping("/{id}/tokens")
	Object issue(@PathVariable long id, @RequestParam(defaultValue = "0") int count,
			@RequestParam(defaultValue = "pdf") String format, Model model) {
		CurrentUser user = CurrentUser.get();
		Evaluation evaluation = this.evaluations.get(id, user);
		List<String> links = this.evaluations.issueTokens(id, count, user)
			.stream()
			.map((token) -> base() + "/e/" + token)
			.toList();
		if ("html".equals(format)) {
			model.addAttribute("evaluation", evaluation);
			model.addAttribute("codes",
					links.stream()
						.map((link) -> new PrintedCode(link,
								"data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(link, 240))))
						.toList());
			return "evaluation/console/sheet";
		}
		byte[] pdf = QrCodes.pdf("Rectiflow evaluation #" + id + " - " + links.size() + " one-time QR codes", links);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("evaluation-" + id + "-qr.pdf").build().toString())
			.body(pdf);
	}

	/** The QR code of one of this evaluation's tokens, as PNG. */
	@GetMapping(path = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> tokenPng(@PathVariable long id, @RequestParam("t") String token) {
		Evaluation evaluation = this.evaluations.get(id, CurrentUser.get());
		if (!this.evaluations.belongsTo(evaluation, token)) {
			throw new RecordNotFoundException("二维码 / token", "?");
		}
		return png(base() + "/e/" + token);
	}

	/** The QR code of the shared link, as PNG. */
	@GetMapping(path = "/{id}/shared.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> sharedPng(@PathVariable long id) {
		Evaluation evaluation = this.evaluations.get(id, CurrentUser.get());
		if (evaluation.getSharedCode() == null) {
			throw new RecordNotFoundException("共享链接 / shared link", id);
		}
		return png(base() + "/e/s/" + evaluation.getSharedCode());
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		Evaluation closed = this.evaluations.closeByHand(id, CurrentUser.get());
		redirect.addFlashAttribute("info", "测评已结束，结果已送入巡察流程：" + this.labels.of("verdict", closed.getVerdict()));
		return "redirect:/console/evaluations/" + id;
	}

	@ExceptionHandler({ AccessRefusedException.class, RecordNotFoundException.class, RuleViolationException.class,
			IllegalArgumentException.class })
	ModelAndView refused(RuntimeException ex) {
		HttpStatus status = (ex instanceof AccessRefusedException) ? HttpStatus.FORBIDDEN
				: (ex instanceof RecordNotFoundException) ? HttpStatus.NOT_FOUND
						: (ex instanceof RuleViolationException) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		return ErrorPage.of(status, ErrorMessages.of(status.value(), ex))
			.back("evaluations", "/console/evaluations", "返回测评列表")
			.view();
	}

	private ResponseEntity<byte[]> png(String link) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(QrCodes.png(link, 360));
	}

	private String base() {
		String configured = this.properties.getPublicBaseUrl();
		if (configured != null && !configured.isBlank()) {
			return configured.replaceAll("/+$", "");
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	record PrintedCode(String link, String image) {
	}

}

package org.rectiflow.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rectiflow.common.Bilingual;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The villagers' page, no login: {@code /e/{token}} (one-time QR code) and
 * {@code /e/s/{code}} (shared link, one answer per browser). Nothing here logs the
 * address, the token or the answer.
 */
@Controller
@RequestMapping("/e")
class PublicEvaluationController {

	private final Ballots ballots;

	private final SharedDeviceCookie cookies;

	PublicEvaluationController(Ballots ballots, SharedDeviceCookie cookies) {
		this.ballots = ballots;
		this.cookies = cookies;
	}

	@GetMapping("/{token}")
	String byToken(@PathVariable String token, Model model, HttpServletResponse response) {
		Evaluation evaluation = this.ballots.byToken(token);
		return page(evaluation, "/e/" + token, model, response);
	}

	@PostMapping("/{token}")
	String answerByToken(@PathVariable String token, HttpServletRequest request) {
		requireForm(request);
		this.ballots.answerWithToken(token, request.getParameterMap());
		return "redirect:/e/thanks";
	}

	@GetMapping("/s/{code}")
	String shared(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
		Evaluation evaluation = this.ballots.bySharedCode(code);
		if (this.cookies.answered(request, evaluation)) {
			throw PublicPageException.answeredOnThisDevice();
		}
		return page(evaluation, "/e/s/" + code, model, response);
	}

	@PostMapping("/s/{code}")
	String answerShared(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
		requireForm(request);
		Evaluation evaluation = this.ballots.bySharedCode(code);
		if (this.cookies.answered(request, evaluation)) {
			throw PublicPageException.answeredOnThisDevice();
		}
		this.ballots.answerShared(code, request.getParameterMap());
		this.cookies.markAnswered(request, response, evaluation);
		return "redirect:/e/thanks";
	}

	@GetMapping("/thanks")
	String thanks(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		return "evaluation/public/thanks";
	}

	@ExceptionHandler(PublicPageException.class)
	ModelAndView refused(PublicPageException ex, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		ModelAndView page = new ModelAndView("evaluation/public/message");
		page.setStatus(ex.status());
		page.addObject("title", ex.title());
		page.addObject("message", Bilingual.chinese(ex));
		page.addObject("status", ex.status().value());
		return page;
	}

	private String page(Evaluation evaluation, String action, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("questionnaire", evaluation.getQuestionnaire());
		model.addAttribute("items", this.ballots.items(evaluation));
		model.addAttribute("action", action);
		return "evaluation/public/form";
	}

	private static void requireForm(HttpServletRequest request) {
		String type = request.getContentType();
		boolean form;
		try {
			form = type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
		}
		catch (InvalidMediaTypeException ex) {
			form = false;
		}
		if (!form) {
			throw PublicPageException.invalid("提交格式有误：请在测评页面上填写并提交问卷。");
		}
	}

}

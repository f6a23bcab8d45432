package org.rectiflow.transfer;

import jakarta.servlet.http.HttpServletResponse;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.finding.InspectionRecordPage;
import org.rectiflow.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page 巡察记录's forms for clues (快移快查 when fast) and recommendation letters; they use
 * the same services as {@code /api/clues} and {@code /api/recommendations}. A refusal
 * shows the page again with the reason in Chinese.
 */
@Controller
class TransferRecordController {

	private final Clues clues;

	private final Recommendations recommendations;

	private final InspectionRecordPage page;

	TransferRecordController(Clues clues, Recommendations recommendations, InspectionRecordPage page) {
		this.clues = clues;
		this.recommendations = recommendations;
		this.page = page;
	}

	@PostMapping("/inspections/{id}/record/clues")
	String clue(@PathVariable long id, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String fast, @RequestParam(required = false) String findingId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		try {
			if (summary == null || summary.isBlank()) {
				throw new IllegalArgumentException("请填写线索内容 / The clue's summary is required");
			}
			if (summary.strip().length() > 2000) {
				throw new IllegalArgumentException("线索内容最长 2000 字 / At most 2000 characters");
			}
			boolean now = "true".equals(fast) || "on".equals(fast);
			Clue clue = this.clues.record(new ClueForm(id, summary.strip(), now, id(findingId)), user);
			redirect.addFlashAttribute("recordMessage", clue.isFast() ? "已登记线索并快移纪委监委（快移快查）" : "已登记线索，将随巡察报告移交");
			return "redirect:/inspections/" + id + "/record#clues";
		}
		catch (RuntimeException ex) {
			return refused(id, user, ex, model, response);
		}
	}

	@PostMapping("/inspections/{id}/record/recommendations")
	String recommendation(@PathVariable long id, @RequestParam(required = false) String department,
			@RequestParam(required = false) String content, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		try {
			if (department == null || department.isBlank()) {
				throw new IllegalArgumentException("请选择建议书送达的职能部门 / Choose the department");
			}
			if (content == null || content.isBlank()) {
				throw new IllegalArgumentException("请填写建议书内容 / The letter's content is required");
			}
			if (content.strip().length() > 4000) {
				throw new IllegalArgumentException("建议书内容最长 4000 字 / At most 4000 characters");
			}
			this.recommendations.draft(new RecommendationForm(id, department.strip(), content.strip()), user);
			redirect.addFlashAttribute("recordMessage", "已起草巡察建议书，随巡察报告移交");
			return "redirect:/inspections/" + id + "/record#recommendations";
		}
		catch (RuntimeException ex) {
			return refused(id, user, ex, model, response);
		}
	}

	private String refused(long id, CurrentUser user, RuntimeException ex, Model model, HttpServletResponse response) {
		HttpStatus status;
		if (ex instanceof AccessRefusedException) {
			status = HttpStatus.FORBIDDEN;
		}
		else if (ex instanceof RuleViolationException) {
			status = HttpStatus.CONFLICT;
		}
		else if (ex instanceof IllegalArgumentException || ex instanceof RecordNotFoundException) {
			status = HttpStatus.BAD_REQUEST;
		}
		else {
			throw ex;
		}
		// a reader who may not see the inspection gets its 404 from the page itself
		String view = this.page.show(id, user, chinese(ex.getMessage()), model);
		response.setStatus(status.value());
		return view;
	}

	private static Long id(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!text.strip().matches("[0-9]{1,18}")) {
			throw new IllegalArgumentException("请选择问题清单中的问题 / Bad finding");
		}
		return Long.valueOf(text.strip());
	}

	private static String chinese(String message) {
		int english = (message != null) ? message.indexOf(" / ") : -1;
		return (english > 0) ? message.substring(0, english) : message;
	}

}

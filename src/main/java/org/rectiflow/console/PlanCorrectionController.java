package org.rectiflow.console;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.rectiflow.common.Bilingual;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.PlanCorrections;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 更正整改措施和责任人 from the item page (issue 17): {@code POST
 * /console/items/{key}/plan-corrections} by the responsible unit while the item is 整改中 or
 * 被退回. Answers the item page again (303) with a message; a refused correction keeps what
 * was typed and says why (the item is left as it was). Someone else's item is refused
 * with 403, an unknown one is 404.
 */
@Controller
class PlanCorrectionController {

	private static final Map<String, String> FIELDS = Map.of("measures", "整改措施", "responsiblePerson", "责任人",
			"responsiblePhone", "联系电话", "reason", "更正理由");

	private final PlanCorrections corrections;

	PlanCorrectionController(PlanCorrections corrections) {
		this.corrections = corrections;
	}

	@PostMapping("/console/items/{key}/plan-corrections")
	String correct(@PathVariable("key") Long key, @RequestParam(name = "measures", required = false) String measures,
			@RequestParam(name = "responsiblePerson", required = false) String person,
			@RequestParam(name = "responsiblePhone", required = false) String phone,
			@RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
		PlanCorrections.Correction correction = new PlanCorrections.Correction(measures, person, phone, reason);
		try {
			this.corrections.correct(key, correction, CurrentUser.get());
			redirect.addFlashAttribute("correctionMessage", "已更正整改措施和责任人，更正记录见办理经过。");
		}
		catch (RuleViolationException | InvalidInputException ex) {
			redirect.addFlashAttribute("correctionError", Bilingual.chinese(ex));
			redirect.addFlashAttribute("correction", correction);
		}
		catch (ConstraintViolationException ex) {
			redirect.addFlashAttribute("correctionError", ex.getConstraintViolations()
				.stream()
				.map((violation) -> FIELDS.getOrDefault(violation.getPropertyPath().toString(),
						violation.getPropertyPath().toString()) + "：" + Bilingual.chinese(violation.getMessage()))
				.sorted()
				.collect(Collectors.joining("；")));
			redirect.addFlashAttribute("correction", correction);
		}
		return "redirect:/console/items/" + key + "#plan";
	}

}

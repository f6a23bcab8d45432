package org.rectiflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.LedgerQueries;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision actions and letters of a ledger item, as JSON; refusals are ProblemDetails
 * (403 not a supervisor, 409 signed off, 400 unknown action or missing reason).
 */
@RestController
@Tag(name = "督办措施 / supervision")
class SupervisionApiController {

	private final SupervisionActions actions;

	private final Letters letters;

	private final LedgerQueries ledger;

	SupervisionApiController(SupervisionActions actions, Letters letters, LedgerQueries ledger) {
		this.actions = actions;
		this.letters = letters;
		this.ledger = ledger;
	}

	@PostMapping("/api/ledger/{key}/supervision-actions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "发提示函、督办函，挂牌督办或约谈 / take a supervision action (through the item's process)")
	LetterView act(@PathVariable("key") Long key, @RequestBody ActionRequest request) {
		return LetterView.of(this.actions.take(key, request.action(), request.reason(), CurrentUser.get()));
	}

	@GetMapping("/api/ledger/{key}/letters")
	@Operation(summary = "整改事项的督办文书 / the letters of an item")
	List<LetterView> letters(@PathVariable("key") Long key) {
		CurrentUser user = CurrentUser.get();
		this.ledger.get(key, user);
		return this.letters.about(SubjectType.ITEM, key)
			.stream()
			.filter((letter) -> letter.readableBy(user))
			.map(LetterView::of)
			.toList();
	}

	@GetMapping("/api/letters/{id}")
	@Operation(summary = "一份督办文书 / one letter")
	LetterView letter(@PathVariable("id") Long id) {
		return LetterView.of(this.letters.readable(id, CurrentUser.get()));
	}

	/** A supervisor's action: REMINDER, SUPERVISION_LETTER, FLAG or ADMONISH, and why. */
	record ActionRequest(String action, String reason) {

	}

	/** A letter as the API shows it; its PDF is at {@code pdfPath}. */
	record LetterView(Long id, String number, LetterKind kind, String kindLabel, SubjectType subjectType,
			Long subjectId, String unitName, LocalDate deadline, LocalDate issuedOn, Instant issuedAt,
			Set<String> recipientGroups, String issuer, String trigger, String reason, String pdfPath) {

		static LetterView of(Letter letter) {
			return new LetterView(letter.getId(), letter.getNumber(), letter.getKind(), letter.getKind().label(),
					letter.getSubjectType(), letter.getSubjectId(), letter.getUnitName(), letter.getDeadline(),
					letter.getIssuedOn(), letter.getIssuedAt(), letter.getRecipientGroups(), letter.getIssuer(),
					letter.getTrigger(), letter.getReason(), "/console/letters/" + letter.getId() + ".pdf");
		}

	}

}

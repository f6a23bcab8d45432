package org.rectiflow.transfer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.transfer.TransferViews.ClueView;
import org.rectiflow.transfer.TransferViews.RecommendationView;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "移交 / Transfers")
class TransferController {

	private final Clues clues;

	private final Recommendations recommendations;

	private final BusinessDate dates;

	TransferController(Clues clues, Recommendations recommendations, BusinessDate dates) {
		this.clues = clues;
		this.recommendations = recommendations;
		this.dates = dates;
	}

	@GetMapping("/api/clues")
	@Operation(summary = "List problem clues (inspection office, leading group, discipline commission, the team)",
			description = "Clues are confidential: the unit, its township and departments see none. Sort by id, state, "
					+ "transferredOn, replyDueOn, repliedOn or unitCode.")
	Page<ClueView> clues(@RequestParam(required = false) Long inspectionId,
			@RequestParam(required = false) ClueState state, @RequestParam(required = false) Boolean fast,
			@RequestParam(required = false) Boolean overdue, @ParameterObject @PageableDefault(size = 20, sort = "id",
					direction = Sort.Direction.DESC) Pageable pageable) {
		return this.clues.list(new Clues.ClueFilter(inspectionId, state, fast, overdue), pageable, CurrentUser.get())
			.map((clue) -> ClueView.of(clue, this.dates.today()));
	}

	@GetMapping("/api/clues/{id}")
	@Operation(summary = "One clue; 404 if the caller may not read it")
	ClueView clue(@PathVariable long id) {
		return ClueView.of(this.clues.readable(id, CurrentUser.get()), this.dates.today());
	}

	@PostMapping("/api/clues")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a clue (the team or office, until the report is heard)",
			description = "fast=true (快移快查, only while on site) transfers it to the discipline commission at once; "
					+ "otherwise it is transferred with the report. The reply is due 3 months after transfer "
					+ "(rectiflow.deadlines.reply).")
	ClueView recordClue(@Valid @RequestBody ClueForm form) {
		return ClueView.of(this.clues.record(form, CurrentUser.get()), this.dates.today());
	}

	@GetMapping("/api/recommendations")
	@Operation(summary = "List recommendation letters the caller may read",
			description = "A department reads the letters addressed to it. overdue=true: reply late. Sort by id, state, "
					+ "issuedOn, replyDueOn, repliedOn, departmentGroupId or unitCode.")
	Page<RecommendationView> recommendations(@RequestParam(required = false) Long inspectionId,
			@RequestParam(required = false) String departmentGroupId,
			@RequestParam(required = false) RecommendationState state, @RequestParam(required = false) Boolean overdue,
			@ParameterObject @PageableDefault(size = 20, sort = "id",
					direction = Sort.Direction.DESC) Pageable pageable) {
		return this.recommendations
			.list(new Recommendations.RecommendationFilter(inspectionId, departmentGroupId, state, overdue), pageable,
					CurrentUser.get())
			.map((recommendation) -> RecommendationView.of(recommendation, this.dates.today()));
	}

	@GetMapping("/api/recommendations/{id}")
	@Operation(summary = "One recommendation letter; 404 if the caller may not read it")
	RecommendationView recommendation(@PathVariable long id) {
		return RecommendationView.of(this.recommendations.readable(id, CurrentUser.get()), this.dates.today());
	}

	@PostMapping("/api/recommendations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draft a recommendation letter to a functional department (team or office, until the report "
			+ "is heard); it is issued with the report")
	RecommendationView draft(@Valid @RequestBody RecommendationForm form) {
		return RecommendationView.of(this.recommendations.draft(form, CurrentUser.get()), this.dates.today());
	}

}

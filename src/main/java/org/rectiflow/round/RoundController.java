package org.rectiflow.round;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.RoundViews.RoundView;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rounds")
@Tag(name = "巡察轮次 / Inspection rounds")
class RoundController {

	private final Rounds rounds;

	RoundController(Rounds rounds) {
		this.rounds = rounds;
	}

	@GetMapping
	@Operation(summary = "List rounds", description = "Sort by id, name, startsOn or state.")
	Page<RoundView> list(@ParameterObject @PageableDefault(size = 20, sort = "startsOn",
			direction = Sort.Direction.DESC) Pageable pageable) {
		return this.rounds.list(pageable).map(RoundView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One round")
	RoundView get(@PathVariable long id) {
		return RoundView.of(this.rounds.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a round (inspection office)")
	RoundView create(@Valid @RequestBody Rounds.RoundForm form) {
		return RoundView.of(this.rounds.create(form, CurrentUser.get()));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a round: no more units can be planned in it (inspection office)")
	RoundView close(@PathVariable long id) {
		return RoundView.of(this.rounds.close(id, CurrentUser.get()));
	}

}

package org.rectiflow.finding;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.rectiflow.identity.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/immediate-fixes")
@Tag(name = "立行立改 / Fixes on the spot")
class ImmediateFixController {

	private final ImmediateFixes fixes;

	ImmediateFixController(ImmediateFixes fixes) {
		this.fixes = fixes;
	}

	@GetMapping
	@Operation(summary = "List fixes on the spot the caller may read",
			description = "Sort by id, state, raisedOn, deadline, verifiedOn or unitCode.")
	Page<FixView> list(@RequestParam(required = false) Long inspectionId,
			@RequestParam(required = false) FixState state, @ParameterObject @PageableDefault(size = 20, sort = "id",
					direction = Sort.Direction.DESC) Pageable pageable) {
		return this.fixes.list(inspectionId, state, pageable, CurrentUser.get()).map(FixView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One fix on the spot")
	FixView get(@PathVariable long id) {
		return FixView.of(this.fixes.readable(id, CurrentUser.get()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Raise a fix on the spot (the team, while on site)",
			description = "Creates the record and starts its 立行立改 steps in the inspection's process (notice, fix, "
					+ "verification in Tasklist). 409 when the inspection is not on site.")
	FixView raise(@Valid @RequestBody NewFix fix) {
		return FixView.of(this.fixes.raise(fix.inspectionId(), fix.problem(), fix.findingId(), CurrentUser.get()));
	}

	record NewFix(@NotNull @Positive Long inspectionId, @NotBlank @Size(max = 1000) String problem,
			@Positive Long findingId) {

	}

	record FixView(Long id, Long inspectionId, Long findingId, String unitCode, String unitName, String problem,
			FixState state, String stateLabel, LocalDate raisedOn, String noticeText, LocalDate deadline, String report,
			BigDecimal moneyRecoveredYuan, String returnReason, int returnCount, LocalDate verifiedOn,
			String raisedBy) {

		static FixView of(ImmediateFix fix) {
			return new FixView(fix.getId(), fix.getInspectionId(), fix.getFindingId(), fix.getUnitCode(),
					fix.getUnitName(), fix.getProblem(), fix.getState(), fix.getState().label(), fix.getRaisedOn(),
					fix.getNoticeText(), fix.getDeadline(), fix.getReport(), fix.getMoneyRecoveredYuan(),
					fix.getReturnReason(), fix.getReturnCount(), fix.getVerifiedOn(), fix.getRaisedBy());
		}

	}

}

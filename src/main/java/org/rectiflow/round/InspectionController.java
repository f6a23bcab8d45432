package org.rectiflow.round;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.RoundViews.ChecklistItemView;
import org.rectiflow.round.RoundViews.InspectionView;
import org.rectiflow.round.RoundViews.TeamMemberView;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inspections")
@Tag(name = "巡察 / Inspections")
class InspectionController {

	private final Inspections inspections;

	private final InspectionPlanner planner;

	private final InspectionChecklist checklist;

	private final Teams teams;

	InspectionController(Inspections inspections, InspectionPlanner planner, InspectionChecklist checklist,
			Teams teams) {
		this.inspections = inspections;
		this.planner = planner;
		this.checklist = checklist;
		this.teams = teams;
	}

	@GetMapping
	@Transactional(readOnly = true)
	@Operation(summary = "List the inspections the caller may read",
			description = "Supervisors read all; a team its own; a township its villages'; a village its own. "
					+ "Sort by id, unitCode, unitName, stage, mode, plannedEntryOn, onsiteStartOn, feedbackOn or createdAt.")
	Page<InspectionView> list(@RequestParam(required = false) Long roundId,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String townshipGroupId,
			@RequestParam(required = false) String teamGroupId, @RequestParam(required = false) InspectionStage stage,
			@RequestParam(required = false) InspectionMode mode, @ParameterObject @PageableDefault(size = 20,
					sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
		return this.inspections
			.list(new Inspections.InspectionFilter(roundId, unitCode, townshipGroupId, teamGroupId, stage, mode),
					pageable, CurrentUser.get())
			.map(InspectionView::of);
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	@Operation(summary = "One inspection; 404 if the caller may not read it")
	InspectionView get(@PathVariable long id) {
		return InspectionView.of(this.inspections.readable(id, CurrentUser.get()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	@Operation(summary = "Plan the inspection of a unit and start its process (inspection office)",
			description = "mode defaults from the unit's classification (重点 → DIRECT, 一般 → TOWNSHIP_AND_VILLAGE); "
					+ "checklistItemIds default to every common item plus those of the unit's categories. "
					+ "Answers 503 and saves nothing when the process inspection-round is not deployed.")
	InspectionView plan(@Valid @RequestBody PlanInspection plan) {
		return InspectionView.of(this.planner.plan(plan, CurrentUser.get()));
	}

	@GetMapping("/{id}/checklist")
	@Operation(summary = "The checklist items selected for the inspection")
	List<ChecklistItemView> checklist(@PathVariable long id) {
		return this.checklist.selected(id, CurrentUser.get()).stream().map(ChecklistItemView::of).toList();
	}

	@PutMapping("/{id}/checklist")
	@Operation(summary = "Replace the selected checklist items (inspection office, before feedback)")
	List<ChecklistItemView> selectChecklist(@PathVariable long id, @Valid @RequestBody ChecklistSelection selection) {
		return this.checklist.select(id, selection.itemIds(), CurrentUser.get())
			.stream()
			.map(ChecklistItemView::of)
			.toList();
	}

	@GetMapping("/{id}/team")
	@Operation(summary = "The cadres on the inspection's team")
	List<TeamMemberView> team(@PathVariable long id) {
		return this.teams.members(id, CurrentUser.get()).stream().map(TeamMemberView::of).toList();
	}

	@PostMapping("/{id}/team")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Put a cadre on the team (inspection office)",
			description = "Refused with 409 and the reason when the cadre must recuse (回避): the cadre comes from the "
					+ "inspected unit or is recorded as related to its leaders.")
	TeamMemberView addMember(@PathVariable long id, @Valid @RequestBody NewMember member) {
		return TeamMemberView
			.of(this.teams.add(id, member.cadreId(), member.role(), member.reason(), CurrentUser.get()));
	}

	@DeleteMapping("/{id}/team/{cadreId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take a cadre off the team (inspection office)")
	void removeMember(@PathVariable long id, @PathVariable long cadreId,
			@RequestParam(required = false) @Size(max = 500) String reason) {
		this.teams.remove(id, cadreId, reason, CurrentUser.get());
	}

	record ChecklistSelection(@NotNull @Size(min = 1, max = 500) Set<@NotNull @Positive Long> itemIds) {

	}

	/**
	 * {@code reason}: why the team changes, kept in the team's history (decision 0033).
	 */
	record NewMember(@NotNull @Positive Long cadreId, @NotNull TeamRole role, @Size(max = 500) String reason) {

	}

}

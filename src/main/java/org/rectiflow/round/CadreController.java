package org.rectiflow.round;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.RoundViews.CadreView;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
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
@RequestMapping("/api/cadres")
@Tag(name = "巡察人才库 / Cadre pool")
class CadreController {

	private final Cadres cadres;

	CadreController(Cadres cadres) {
		this.cadres = cadres;
	}

	@GetMapping
	@Transactional(readOnly = true)
	@Operation(summary = "List cadres (supervisors and inspection teams)",
			description = "Sort by id, name, homeUnitCode or departmentGroupId.")
	Page<CadreView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean active,
			@ParameterObject @PageableDefault(size = 20, sort = "name",
					direction = Sort.Direction.ASC) Pageable pageable) {
		return this.cadres.list(q, active, pageable, CurrentUser.get()).map(CadreView::of);
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	@Operation(summary = "One cadre")
	CadreView get(@PathVariable long id) {
		return CadreView.of(this.cadres.get(id, CurrentUser.get()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	@Operation(summary = "Add a cadre to the pool (inspection office, organization department)")
	CadreView create(@Valid @RequestBody CadreForm form) {
		return CadreView.of(this.cadres.create(form, CurrentUser.get()));
	}

	@PutMapping("/{id}")
	@Transactional
	@Operation(
			summary = "Change a cadre, including the recorded relations (inspection office, organization department)")
	CadreView update(@PathVariable long id, @Valid @RequestBody CadreForm form) {
		return CadreView.of(this.cadres.update(id, form, CurrentUser.get()));
	}

}

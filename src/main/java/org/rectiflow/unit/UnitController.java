package org.rectiflow.unit;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rectiflow.common.ImportResult;
import org.rectiflow.identity.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/units")
@Tag(name = "被巡察单位 / Inspected units")
class UnitController {

	private final UnitQueries queries;

	private final UnitImport unitImport;

	private final UnitClassifications classifications;

	UnitController(UnitQueries queries, UnitImport unitImport, UnitClassifications classifications) {
		this.queries = queries;
		this.unitImport = unitImport;
		this.classifications = classifications;
	}

	@PutMapping("/{code}/classification")
	@Operation(summary = "Change a village's or community's classification with a reason (inspection office)",
			description = "400 without a reason or for a township, 409 when nothing changes; the change is kept in "
					+ "the unit's history.")
	ClassificationChangeView reclassify(@PathVariable String code, @RequestBody ClassificationForm form) {
		return ClassificationChangeView.of(this.classifications.reclassify(code, form.priority(), form.categories(),
				form.reason(), CurrentUser.get()));
	}

	@GetMapping("/{code}/classification-history")
	@Operation(summary = "The unit's classification changes, latest first")
	java.util.List<ClassificationChangeView> history(@PathVariable String code) {
		return this.classifications.history(code, CurrentUser.get())
			.stream()
			.map(ClassificationChangeView::of)
			.toList();
	}

	/**
	 * A new classification.
	 *
	 * @param priority key or ordinary
	 * @param categories the categories (none for an empty set)
	 * @param reason why, required
	 */
	record ClassificationForm(UnitPriority priority, java.util.Set<UnitCategory> categories, String reason) {

	}

	/**
	 * One change of classification.
	 *
	 * @param priorityBefore the priority before
	 * @param priorityAfter the priority after
	 * @param categoriesBefore the categories before
	 * @param categoriesAfter the categories after
	 * @param reason why
	 * @param changedBy the user who changed it
	 * @param changedAt when
	 */
	record ClassificationChangeView(UnitPriority priorityBefore, UnitPriority priorityAfter,
			java.util.List<UnitCategory> categoriesBefore, java.util.List<UnitCategory> categoriesAfter, String reason,
			String changedBy, java.time.Instant changedAt) {

		static ClassificationChangeView of(UnitClassificationChange change) {
			return new ClassificationChangeView(change.getOldPriority(), change.getNewPriority(),
					change.getOldCategories(), change.getNewCategories(), change.getReason(), change.getChangedBy(),
					change.getChangedAt());
		}

	}

	@GetMapping
	@Operation(summary = "List units the caller may read",
			description = "Sort by code, name, kind, priority or lastInspectedOn. "
					+ "notInspectedInTerm=true lists the units still to be inspected in this term (a warning).")
	Page<UnitView> list(
			@Parameter(description = "township code, e.g. T01") @RequestParam(required = false) String township,
			@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) UnitPriority priority,
			@RequestParam(required = false) UnitCategory category,
			@RequestParam(required = false) Boolean notInspectedInTerm,
			@Parameter(description = "part of the name or code") @RequestParam(required = false) String q,
			@ParameterObject @PageableDefault(size = 20, sort = "code",
					direction = Sort.Direction.ASC) Pageable pageable) {
		return this.queries.list(new UnitQueries.UnitFilter(township, kind, priority, category, notInspectedInTerm, q),
				pageable, CurrentUser.get());
	}

	@GetMapping("/{code}")
	@Operation(summary = "One unit; 404 if it does not exist or the caller may not read it")
	UnitView get(@PathVariable String code) {
		return this.queries.get(code, CurrentUser.get());
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import units with their classification from .xlsx (inspection office)",
			description = "Columns: 乡镇编码, 编码, 名称, 类型(村/社区/乡镇), 分类(重点/一般), 类别 (comma list of 矛盾问题突出, "
					+ "资源资产富集, 软弱涣散党组织, 城市社区, 信访问题集中), 上次巡察日期 (2021-05-10). "
					+ "All or nothing: a file with any bad row imports nothing and the answer (400) lists every bad row "
					+ "with its column and reason. Rows are matched by 编码, so importing the same file again changes nothing.")
	ImportResult importUnits(@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return this.unitImport.importFile(in, CurrentUser.get());
		}
	}

}

package org.rectiflow.finding;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rectiflow.common.ImportResult;
import org.rectiflow.identity.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "问题 / Findings")
class FindingController {

	private final Findings findings;

	private final FindingImport findingImport;

	FindingController(Findings findings, FindingImport findingImport) {
		this.findings = findings;
		this.findingImport = findingImport;
	}

	@GetMapping("/api/findings")
	@Transactional(readOnly = true)
	@Operation(summary = "List the findings the caller may read",
			description = "Supervisors read all; the team, the unit, its township and the supervising department their "
					+ "own. Sort by id, seqNo, unitCode, category, severity, source, supervisingDeptGroupId or createdAt.")
	Page<FindingView> list(@RequestParam(required = false) Long inspectionId,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String townshipGroupId,
			@RequestParam(required = false) String supervisingDeptGroupId,
			@RequestParam(required = false) FindingCategory category, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) FindingSource source, @RequestParam(required = false) String q,
			@ParameterObject @PageableDefault(size = 20, sort = "id",
					direction = Sort.Direction.DESC) Pageable pageable) {
		return this.findings
			.list(new Findings.FindingFilter(inspectionId, unitCode, townshipGroupId, supervisingDeptGroupId, category,
					severity, source, q), pageable, CurrentUser.get())
			.map(FindingView::of);
	}

	@GetMapping("/api/findings/{id}")
	@Transactional(readOnly = true)
	@Operation(summary = "One finding; 404 if the caller may not read it. Never shows a reporter's identity.")
	FindingView get(@PathVariable long id) {
		return FindingView.of(this.findings.readable(id, CurrentUser.get()));
	}

	@PostMapping("/api/findings")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	@Operation(summary = "Enter a finding (the inspection's team or the inspection office, until the report is heard)")
	FindingView create(@Valid @RequestBody FindingForm form) {
		return FindingView.of(this.findings.create(form, CurrentUser.get()));
	}

	@PutMapping("/api/findings/{id}")
	@Transactional
	@Operation(summary = "Change a finding (team or office, until the report is heard)")
	FindingView update(@PathVariable long id, @Valid @RequestBody FindingForm form) {
		return FindingView.of(this.findings.update(id, form, CurrentUser.get()));
	}

	@PutMapping("/api/findings/{id}/reporter")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Record the reporting villager's identity (team or office; source VILLAGER_REPORT)",
			description = "Stored encrypted; the answer never echoes it.")
	void recordReporter(@PathVariable long id, @Valid @RequestBody ReporterForm reporter) {
		this.findings.recordReporter(id, reporter, CurrentUser.get());
	}

	@GetMapping("/api/findings/{id}/reporter")
	@Operation(summary = "The reporting villager's identity: discipline commission only (403 for everyone else)")
	ReporterView reporter(@PathVariable long id) {
		return this.findings.reporter(id, CurrentUser.get());
	}

	@PostMapping(path = "/api/inspections/{inspectionId}/findings/import",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Import the problem list of an inspection from .xlsx (team or office, until the report is heard)",
			description = "Columns: 序号, 问题描述, 问题类别 (组织建设/思想建设/三资管理/为民服务/政策落实/作风廉洁/其他), 来源 (个别谈话/走访/"
					+ "查阅资料/群众举报/巡前通报/回头看), 严重程度 (一般/较重/严重), 监督清单条目 (e.g. A03-02, A07-01), 监管部门 (name or "
					+ "group, e.g. 农业农村局), 挽回金额(元). All or nothing: any bad row imports nothing and the answer (400) "
					+ "lists every bad row with column and reason. 序号 identifies a finding: the same file again changes nothing.")
	ImportResult importFindings(@PathVariable long inspectionId, @RequestPart("file") MultipartFile file)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			return this.findingImport.importFile(inspectionId, in, CurrentUser.get());
		}
	}

}

package org.rectiflow.rectification;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.identity.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rectification ledger (整改台账): list with filters, paging and sorting; one item with
 * its records; its timeline; statistics; the Excel export; and the unit's extension
 * request. Every read is limited to what the caller may read; anything else is 404.
 */
@RestController
@RequestMapping("/api/ledger")
@Tag(name = "整改台账 / Rectification ledger")
class LedgerController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The largest page the list returns. */
	static final int MAX_PAGE_SIZE = 200;

	private final LedgerQueries queries;

	private final LedgerStatistics statistics;

	private final ItemTimeline timeline;

	private final LedgerExport export;

	private final ExtensionRequests extensionRequests;

	private final BusinessDate clock;

	LedgerController(LedgerQueries queries, LedgerStatistics statistics, ItemTimeline timeline, LedgerExport export,
			ExtensionRequests extensionRequests, BusinessDate clock) {
		this.queries = queries;
		this.statistics = statistics;
		this.timeline = timeline;
		this.export = export;
		this.extensionRequests = extensionRequests;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "整改台账列表 / List ledger items",
			description = "筛选条件均可选并按“且”组合；sort 可用：deadline, createdAt, updatedAt, roundId, inspectionId, unitCode, "
					+ "townshipCode, supervisingDeptGroup, category, state, colour, returnCount, signedOffOn, id。默认按期限由近到远。")
	PagedModel<LedgerEntry> list(@Valid @ParameterObject LedgerFilter filter,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		var today = this.clock.today();
		return new PagedModel<>(this.queries.search(filter, checked(pageable), CurrentUser.get())
			.map((item) -> LedgerEntry.of(item, today)));
	}

	@GetMapping("/statistics")
	@Operation(summary = "台账统计 / Counts by state and colour, overdue by township, department and category")
	LedgerStatistics.LedgerSummary statistics(@Valid @ParameterObject LedgerFilter filter) {
		return this.statistics.summary(filter, CurrentUser.get());
	}

	@GetMapping("/{id}")
	@Operation(summary = "整改事项详情 / One item with extensions, votes, progress reports and attachments")
	ItemDetail detail(@PathVariable Long id) {
		return this.queries.detail(id, CurrentUser.get());
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "整改事项时间线 / Who did what, when and why",
			description = "由流程历史(待办、自动步骤、计时器、消息、用户操作、意见)和台账记录(会审意见、延期、进展、佐证材料)在读取时合并而成。")
	List<TimelineEntry> timeline(@PathVariable Long id) {
		return this.timeline.of(id, CurrentUser.get());
	}

	@GetMapping(path = "/export.xlsx", produces = XLSX)
	@Operation(summary = "导出整改台账 Excel / Export the ledger with the current filters",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = XLSX)))
	void export(@Valid @ParameterObject LedgerFilter filter, @ParameterObject Sort sort, HttpServletResponse response)
			throws IOException {
		CurrentUser user = CurrentUser.get();
		Sort checkedSort = LedgerQueries.checkedSort(sort);
		this.export.checkSize(filter, user);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions
			.attachment(LedgerExport.filename(this.clock.today()), "ledger-" + this.clock.today()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.export.write(filter, checkedSort, user, response.getOutputStream());
	}

	@PostMapping("/{id}/extension-requests")
	@Operation(summary = "申请延期 / Request a later deadline (the item's own unit)",
			description = "向整改事项流程发送“延期申请”消息，由巡察办审批；同意后期限变更并重新计时。")
	ResponseEntity<ExtensionRequests.Accepted> requestExtension(@PathVariable Long id,
			@Valid @RequestBody ExtensionRequests.Request request) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(this.extensionRequests.request(id, request, CurrentUser.get()));
	}

	private static Pageable checked(Pageable pageable) {
		if (pageable.getPageSize() > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("每页最多 " + MAX_PAGE_SIZE + " 条 / size must be at most " + MAX_PAGE_SIZE);
		}
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				LedgerQueries.checkedSort(pageable.getSort()));
	}

}

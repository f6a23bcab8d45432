package org.rectiflow.console;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.Labels;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.finding.Findings;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.ItemDetail;
import org.rectiflow.rectification.ItemState;
import org.rectiflow.rectification.ItemTimeline;
import org.rectiflow.rectification.LedgerFilter;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.rectification.RectificationItem;
import org.rectiflow.rectification.WarningColour;
import org.rectiflow.round.RoundProgress;
import org.rectiflow.unit.UnitOverview;
import org.rectiflow.unit.UnitView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The supervision console's pages (督查驾驶舱): dashboard, ledger, item, round and unit. Every
 * page shows only what the caller may read; an item or unit outside the caller's scope is
 * refused (403 page), an unknown one is not found (404 page).
 */
@Controller
class ConsoleController {

	/** Page sizes the ledger offers. */
	static final List<Integer> SIZES = List.of(10, 20, 50, 100);

	/** The ledger page's sort keys, with their labels. */
	static final Map<String, String> SORTS = sorts();

	private final Dashboard dashboard;

	private final LedgerQueries ledger;

	private final ItemTimeline timeline;

	private final Findings findings;

	private final RoundProgress progress;

	private final UnitOverview units;

	private final ProcessDiagrams diagrams;

	private final org.rectiflow.identity.Departments departments;

	private final org.rectiflow.rectification.EvidenceStore evidence;

	private final Labels labels;

	private final BusinessDate clock;

	private final org.rectiflow.rectification.PlanCorrections corrections;

	ConsoleController(Dashboard dashboard, LedgerQueries ledger, ItemTimeline timeline, Findings findings,
			RoundProgress progress, UnitOverview units, ProcessDiagrams diagrams,
			org.rectiflow.rectification.EvidenceStore evidence, org.rectiflow.identity.Departments departments,
			BusinessDate clock, Labels labels, org.rectiflow.rectification.PlanCorrections corrections) {
		this.corrections = corrections;
		this.departments = departments;
		this.labels = labels;
		this.evidence = evidence;
		this.dashboard = dashboard;
		this.ledger = ledger;
		this.timeline = timeline;
		this.findings = findings;
		this.progress = progress;
		this.units = units;
		this.diagrams = diagrams;
		this.clock = clock;
	}

	@GetMapping("/console")
	String dashboard(Model model) {
		CurrentUser user = CurrentUser.get();
		Dashboard.View view = this.dashboard.of(user);
		model.addAttribute("view", view);
		model.addAttribute("charts", charts(view));
		Map<String, Long> colours = new LinkedHashMap<>();
		view.summary().openByColour().forEach((colour, count) -> colours.put(colour.name(), count));
		model.addAttribute("colourCounts", colours);
		model.addAttribute("moneyWan",
				view.moneyRecoveredYuan()
					.divide(java.math.BigDecimal.valueOf(10000), 2, java.math.RoundingMode.HALF_UP)
					.toPlainString());
		model.addAttribute("states", ItemState.values());
		model.addAttribute("rounds", this.progress.rounds());
		model.addAttribute("scopeLabel", scopeLabel(user));
		model.addAttribute("trendRefresh", this.dashboard.trendRefreshLabel());
		return "console/dashboard";
	}

	@GetMapping("/console/ledger")
	String ledger(@Valid @ModelAttribute("filter") LedgerFilter filter,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "20") int size,
			@RequestParam(name = "sort", defaultValue = "deadline,asc") String sort,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (page < 0) {
			throw new IllegalArgumentException("页码不能小于 0 / page must not be negative");
		}
		if (!SIZES.contains(size)) {
			throw new IllegalArgumentException("每页条数只能是 " + SIZES + " / size must be one of " + SIZES);
		}
		SortChoice choice = SortChoice.parse(sort);
		CurrentUser user = CurrentUser.get();
		Page<RectificationItem> items = this.ledger.search(filter, PageRequest.of(page, size, choice.sort()), user);
		LocalDate today = this.clock.today();
		model.addAttribute("rows", items.getContent().stream().map((item) -> Row.of(item, today)).toList());
		model.addAttribute("items", items);
		model.addAttribute("sortKey", choice.key());
		model.addAttribute("sortDir", choice.direction());
		model.addAttribute("sorts", SORTS);
		model.addAttribute("sizes", SIZES);
		model.addAttribute("states", ItemState.values());
		model.addAttribute("colours", WarningColour.values());
		model.addAttribute("query", query(filter, size, choice));
		model.addAttribute("filterQuery", query(filter, size, null));
		model.addAttribute("rounds", this.progress.rounds());
		model.addAttribute("townships", this.units.townships());
		model.addAttribute("departments", this.departments.functional());
		model.addAttribute("categories", org.rectiflow.finding.FindingCategory.values());
		model.addAttribute("exportQuery", query(filter, null, choice));
		return ("true".equals(htmx)) ? "console/ledger :: results" : "console/ledger";
	}

	@GetMapping("/console/items/{key}")
	String item(@PathVariable String key, @RequestParam(name = "letter", required = false) Long letter, Model model) {
		CurrentUser user = CurrentUser.get();
		long id = readableItem(key, user);
		ItemDetail detail = this.ledger.detail(id, user);
		model.addAttribute("detail", detail);
		// a notification of a letter opens the item at that letter
		model.addAttribute("openedLetter", letter);
		model.addAttribute("entry", detail.item());
		model.addAttribute("finding", this.findings.find(id).orElse(null));
		model.addAttribute("roundName", (detail.item().roundId() != null)
				? this.progress.round(detail.item().roundId()).map(RoundProgress.RoundSummary::name).orElse(null)
				: null);
		model.addAttribute("timeline", this.timeline.of(id, user));
		model.addAttribute("mayCorrect", this.corrections.mayCorrect(id, user));
		return "console/item";
	}

	/**
	 * The item's process model and the activities it is in, for bpmn-js on the item page
	 * (the session reads it; /engine-rest is not needed).
	 */
	@GetMapping(path = "/console/items/{key}/diagram", produces = "application/json")
	@org.springframework.web.bind.annotation.ResponseBody
	ProcessDiagrams.Diagram diagram(@PathVariable String key) {
		CurrentUser user = CurrentUser.get();
		long id = readableItem(key, user);
		String processInstanceId = this.ledger.get(id, user).getProcessInstanceId();
		if (processInstanceId == null) {
			throw new RecordNotFoundException("整改事项的流程 / process of item", id);
		}
		return this.diagrams.of(processInstanceId);
	}

	@GetMapping("/console/rounds/{id}")
	String round(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUser.get();
		RoundProgress.RoundSummary round = this.progress.round(id)
			.orElseThrow(() -> new RecordNotFoundException("巡察轮次", id));
		model.addAttribute("round", round);
		model.addAttribute("inspections", this.progress.ofRound(id, user));
		model.addAttribute("stages", RoundProgress.stages());
		model.addAttribute("rounds", this.progress.rounds());
		return "console/round";
	}

	@GetMapping("/console/units/{code}")
	String unit(@PathVariable String code, Model model) {
		CurrentUser user = CurrentUser.get();
		UnitView unit = this.units.find(code).orElseThrow(() -> new RecordNotFoundException("被巡察对象", code));
		if (!user.canRead(unit.groupId(), unit.townshipGroupId(), null)) {
			throw new AccessRefusedException("您无权查看「" + unit.name() + "」/ This unit is outside your scope");
		}
		model.addAttribute("unit", unit);
		model.addAttribute("inspections", this.progress.ofUnit(unit.code(), user));
		model.addAttribute("stages", RoundProgress.stages());
		return "console/unit";
	}

	/** The chart data as plain lists for the page's script. */
	private static Map<String, Object> charts(Dashboard.View view) {
		Map<String, Object> charts = new LinkedHashMap<>();
		charts.put("township", bars(view.summary().overdueByTownship()));
		charts.put("department", bars(view.summary().overdueByDepartment()));
		charts.put("category", bars(view.summary().overdueByCategory()));
		Map<String, Object> trend = new LinkedHashMap<>();
		trend.put("labels",
				view.trend()
					.weekStarts()
					.stream()
					.map((monday) -> monday.getMonthValue() + "/" + monday.getDayOfMonth() + "起")
					.toList());
		trend.put("opened", java.util.Arrays.stream(view.trend().opened()).boxed().toList());
		trend.put("signedOff", java.util.Arrays.stream(view.trend().signedOff()).boxed().toList());
		trend.put("overdue", java.util.Arrays.stream(view.trend().wentOverdue()).boxed().toList());
		charts.put("trend", trend);
		return charts;
	}

	private static Map<String, Object> bars(List<org.rectiflow.rectification.LedgerStatistics.GroupCount> counts) {
		Map<String, Object> bars = new LinkedHashMap<>();
		bars.put("keys", counts.stream().map(org.rectiflow.rectification.LedgerStatistics.GroupCount::key).toList());
		bars.put("labels", counts.stream().map(org.rectiflow.rectification.LedgerStatistics.GroupCount::name).toList());
		bars.put("counts",
				counts.stream().map(org.rectiflow.rectification.LedgerStatistics.GroupCount::count).toList());
		return bars;
	}

	/**
	 * An evidence file for the item page: images and PDF inline (preview), anything else
	 * as a download.
	 */
	@GetMapping("/console/items/{key}/evidence/{attachmentId}")
	org.springframework.http.ResponseEntity<byte[]> evidence(@PathVariable String key,
			@PathVariable long attachmentId) {
		CurrentUser user = CurrentUser.get();
		long id = readableItem(key, user);
		org.rectiflow.rectification.EvidenceStore.Download download = this.evidence.download(id, attachmentId, user);
		String type = download.attachment().getContentType();
		boolean inline = type.startsWith("image/") || type.equals("application/pdf");
		org.springframework.http.ContentDisposition disposition = (inline
				? org.springframework.http.ContentDisposition.inline()
				: org.springframework.http.ContentDisposition.attachment())
			.filename(download.attachment().getFilename(), java.nio.charset.StandardCharsets.UTF_8)
			.build();
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(type))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(org.springframework.http.CacheControl.noCache().cachePrivate())
			.body(download.content());
	}

	/**
	 * The item's id when the caller may read it; 404 when unknown, 403 when not theirs.
	 */
	private long readableItem(String key, CurrentUser user) {
		long id;
		try {
			id = Long.parseLong(key.strip());
		}
		catch (NumberFormatException ex) {
			throw new RecordNotFoundException("整改事项", key);
		}
		if (!this.ledger.exists(id)) {
			throw new RecordNotFoundException("整改事项", key);
		}
		try {
			this.ledger.get(id, user);
		}
		catch (RecordNotFoundException ex) {
			throw new AccessRefusedException("整改事项 " + id + " 不在您的查看范围内 / Item " + id + " is outside your scope");
		}
		return id;
	}

	/** The query string of the filter (and sort, and size unless null), for links. */
	static String query(LedgerFilter filter, Integer size, SortChoice sort) {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
		param(uri, "roundId", filter.roundId());
		param(uri, "inspectionId", filter.inspectionId());
		param(uri, "township", filter.township());
		param(uri, "unit", filter.unit());
		param(uri, "department", filter.department());
		param(uri, "category", filter.category());
		if (filter.state() != null) {
			filter.state().stream().sorted().forEach((state) -> uri.queryParam("state", state.name()));
		}
		if (filter.colour() != null) {
			filter.colour().stream().sorted().forEach((colour) -> uri.queryParam("colour", colour.name()));
		}
		param(uri, "overdue", filter.overdue());
		param(uri, "dueWithinDays", filter.dueWithinDays());
		param(uri, "flagged", filter.flagged());
		param(uri, "longTerm", filter.longTerm());
		param(uri, "q", filter.q());
		if (sort != null) {
			uri.queryParam("sort", sort.key() + "," + sort.direction());
		}
		if (size != null) {
			uri.queryParam("size", size);
		}
		String query = uri.encode().build().getQuery();
		return (query != null) ? query : "";
	}

	private static void param(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value.toString().strip());
		}
	}

	private String scopeLabel(CurrentUser user) {
		if (user.readsAll()) {
			return "全县";
		}
		return this.labels.groups(user.groups());
	}

	private static Map<String, String> sorts() {
		Map<String, String> sorts = new LinkedHashMap<>();
		sorts.put("deadline", "整改期限");
		sorts.put("townshipCode", "乡镇(街道)");
		sorts.put("unitCode", "被巡察对象");
		sorts.put("supervisingDeptGroup", "主管部门");
		sorts.put("category", "问题类别");
		sorts.put("state", "状态");
		sorts.put("colour", "预警");
		sorts.put("createdAt", "建账时间");
		sorts.put("id", "编号");
		return java.util.Collections.unmodifiableMap(sorts);
	}

	/** A checked sort: a key of {@link #SORTS} and a direction; pages end with the id. */
	record SortChoice(String key, String direction) {

		static SortChoice parse(String text) {
			String[] parts = text.split(",", 2);
			String key = parts[0].strip();
			String direction = (parts.length > 1) ? parts[1].strip().toLowerCase(java.util.Locale.ROOT) : "asc";
			if (!SORTS.containsKey(key)) {
				throw new IllegalArgumentException(
						"不支持按「" + key + "」排序，可用：" + String.join(", ", SORTS.keySet()) + " / Cannot sort by " + key);
			}
			if (!direction.equals("asc") && !direction.equals("desc")) {
				throw new IllegalArgumentException("排序方向只能是 asc 或 desc / direction must be asc or desc");
			}
			return new SortChoice(key, direction);
		}

		Sort sort() {
			List<Sort.Order> orders = new ArrayList<>();
			orders.add(new Sort.Order(Sort.Direction.fromString(this.direction), this.key));
			if (!this.key.equals("id")) {
				orders.add(Sort.Order.asc("id"));
			}
			return Sort.by(orders);
		}

	}

	/** One ledger row as the page shows it. */
	record Row(Long id, String ledgerNumber, String townshipCode, String townshipName, String unitCode, String unitName,
			String categoryName, String findingText, String supervisingDeptName, String responsiblePerson,
			LocalDate deadline, ItemState state, WarningColour colour, boolean flagged, boolean overdue,
			long overdueDays, int returnCount) {

		static Row of(RectificationItem item, LocalDate today) {
			boolean overdue = item.isOverdue(today);
			return new Row(item.getId(), item.getLedgerNumber(), item.getTownshipCode(), item.getTownshipName(),
					item.getUnitCode(), item.getUnitName(), item.getCategoryName(), item.getFindingText(),
					item.getSupervisingDeptName(), item.getResponsiblePerson(), item.getDeadline(), item.getState(),
					item.getColour(), item.isFlagged(), overdue,
					overdue ? ChronoUnit.DAYS.between(item.getDeadline(), today) : 0, item.getReturnCount());
		}

		/** The Bootstrap class of the row: its warning colour (overdue is red). */
		public String rowClass() {
			if (this.state == ItemState.SIGNED_OFF) {
				return "table-light";
			}
			if (this.overdue || this.colour == WarningColour.RED) {
				return "table-danger";
			}
			return switch (this.colour) {
				case YELLOW -> "table-warning";
				case GREEN -> "table-success";
				default -> "";
			};
		}

	}

}

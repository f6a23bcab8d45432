package org.rectiflow.finding;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.ImportRejectedException;
import org.rectiflow.common.ImportResult;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RowError;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page 巡察记录 of one inspection ({@code /inspections/{id}/record}): the problem list
 * (add, change, remove, import from Excel), the on-site log, fixes on the spot; clues and
 * recommendation letters come from {@code transfer} as a section. Every refusal shows the
 * page again with the reason in Chinese and a 4xx status; nothing is half-written.
 */
@Controller
class InspectionRecordController {

	private final InspectionRecordPage page;

	private final Findings findings;

	private final FindingImport findingImport;

	private final InspectionRecords records;

	private final ImmediateFixes fixes;

	InspectionRecordController(InspectionRecordPage page, Findings findings, FindingImport findingImport,
			InspectionRecords records, ImmediateFixes fixes) {
		this.page = page;
		this.findings = findings;
		this.findingImport = findingImport;
		this.records = records;
		this.fixes = fixes;
	}

	@GetMapping("/inspections/{id}/record")
	String show(@PathVariable long id, Model model) {
		return this.page.show(id, CurrentUser.get(), null, model);
	}

	/**
	 * The record to print (decision 0033): the problem list and, for those who read the
	 * whole record, the on-site log with its totals; the same scope as the page.
	 */
	@GetMapping("/inspections/{id}/record/print")
	String print(@PathVariable long id, Model model) {
		this.page.show(id, CurrentUser.get(), null, model);
		return "record/print";
	}

	@PostMapping("/inspections/{id}/record/findings")
	String add(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String category, @RequestParam(required = false) String source,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String department,
			@RequestParam(name = "items", required = false) List<String> items,
			@RequestParam(required = false) String money, @RequestParam(required = false) String reporterName,
			@RequestParam(required = false) String reporterContact, @RequestParam(required = false) String reporterNote,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		return answer(id, user, model, response, redirect, "#findings", () -> {
			FindingForm form = form(id, text, category, source, severity, department, items, money,
					reporter(source, reporterName, reporterContact, reporterNote));
			Finding finding = this.findings.create(form, user);
			return "已添加问题 " + finding.getSeqNo();
		});
	}

	@PostMapping("/inspections/{id}/record/findings/{findingId}")
	String edit(@PathVariable long id, @PathVariable long findingId, @RequestParam(required = false) String text,
			@RequestParam(required = false) String category, @RequestParam(required = false) String source,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String department,
			@RequestParam(name = "items", required = false) List<String> items,
			@RequestParam(required = false) String money, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		return answer(id, user, model, response, redirect, "#finding-" + findingId, () -> {
			Finding finding = ofInspection(id, findingId, user);
			this.findings.update(finding.getId(),
					form(id, text, category, source, severity, department, items, money, null), user);
			return "已修改问题 " + finding.getSeqNo();
		});
	}

	/**
	 * Records the reporter of a villager's report anew (decision 0033): those who record
	 * it at creation (the team and the office, while the list is open) replace it, never
	 * see the former one; it is stored encrypted as at creation, read by the discipline
	 * commission only.
	 */
	@PostMapping("/inspections/{id}/record/findings/{findingId}/reporter")
	String reporter(@PathVariable long id, @PathVariable long findingId,
			@RequestParam(required = false) String reporterName, @RequestParam(required = false) String reporterContact,
			@RequestParam(required = false) String reporterNote, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		return answer(id, user, model, response, redirect, "#finding-" + findingId, () -> {
			Finding finding = ofInspection(id, findingId, user);
			if (blank(reporterName)) {
				throw new IllegalArgumentException("请填写举报人姓名 / The reporter's name is required");
			}
			this.findings.recordReporter(finding.getId(),
					reporter(FindingSource.VILLAGER_REPORT.name(), reporterName, reporterContact, reporterNote), user);
			return "已更新问题 " + finding.getSeqNo() + " 的举报人信息（已加密，仅纪委监委可查看）";
		});
	}

	@PostMapping("/inspections/{id}/record/findings/{findingId}/delete")
	String remove(@PathVariable long id, @PathVariable long findingId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		return answer(id, user, model, response, redirect, "#findings", () -> {
			Finding finding = ofInspection(id, findingId, user);
			this.findings.remove(finding.getId(), user);
			return "已删除问题 " + finding.getSeqNo();
		});
	}

	@PostMapping("/inspections/{id}/record/findings/import")
	String importFile(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		try {
			if (file == null || file.isEmpty()) {
				throw new IllegalArgumentException("请选择要导入的 Excel 文件（.xlsx） / Choose an .xlsx file");
			}
			ImportResult result;
			try (InputStream in = file.getInputStream()) {
				result = this.findingImport.importFile(id, in, user);
			}
			redirect.addFlashAttribute("recordMessage", "已导入问题清单：新增 " + result.created() + " 个，修改 " + result.updated()
					+ " 个，未变 " + result.unchanged() + " 个");
			return "redirect:/inspections/" + id + "/record#findings";
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("importErrors", ex.getErrors());
			return this.page.show(id, user, "Excel 中有 " + rows(ex.getErrors()) + " 行有误，未导入任何问题。请按下表修改后重新导入。", model);
		}
		catch (IOException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return this.page.show(id, user, "无法读取上传的文件，请重新选择", model);
		}
		catch (RuntimeException ex) {
			return refused(id, user, ex, model, response);
		}
	}

	@PostMapping("/inspections/{id}/record/activities")
	String log(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String heldOn, @RequestParam(required = false) String quantity,
			@RequestParam(required = false) String note, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		return answer(id, user, model, response, redirect, "#onsite-log", () -> {
			OnsiteActivity activity = this.records.log(id, blank(kind) ? null : OnsiteActivityKind.parse(kind.strip()),
					date(heldOn), number(quantity), note, user);
			return "已登记" + activity.getKind().label() + " " + activity.getQuantity() + " " + activity.getKind().unit();
		});
	}

	@PostMapping("/inspections/{id}/record/activities/{activityId}/delete")
	String unlog(@PathVariable long id, @PathVariable long activityId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		return answer(id, user, model, response, redirect, "#onsite-log", () -> {
			this.records.remove(id, activityId, user);
			return "已删除一条进驻工作记录";
		});
	}

	@PostMapping("/inspections/{id}/record/fixes")
	String raiseFix(@PathVariable long id, @RequestParam(required = false) String problem,
			@RequestParam(required = false) String findingId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		return answer(id, user, model, response, redirect, "#fixes", () -> {
			if (problem == null || problem.isBlank()) {
				throw new IllegalArgumentException("请填写需要立行立改的问题 / The problem is required");
			}
			if (problem.strip().length() > 1000) {
				throw new IllegalArgumentException("问题最长 1000 字 / At most 1000 characters");
			}
			Long finding = (findingId == null || findingId.isBlank()) ? null : (long) number(findingId);
			this.fixes.raise(id, problem, finding, user);
			return "已发起立行立改，通知已送村(社区)办理";
		});
	}

	private String answer(long id, CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String anchor, Write write) {
		try {
			redirect.addFlashAttribute("recordMessage", write.run());
			return "redirect:/inspections/" + id + "/record" + anchor;
		}
		catch (RuntimeException ex) {
			return refused(id, user, ex, model, response);
		}
	}

	/**
	 * Shows the page again with the reason; a record the reader may not see stays 404.
	 */
	private String refused(long id, CurrentUser user, RuntimeException ex, Model model, HttpServletResponse response) {
		HttpStatus status;
		if (ex instanceof RecordNotFoundException || ex instanceof AccessRefusedException) {
			// a reader who may not see the inspection gets its 403 (or 404) page
			this.page.read(id, user);
		}
		if (ex instanceof AccessRefusedException) {
			status = HttpStatus.FORBIDDEN;
		}
		else if (ex instanceof RuleViolationException) {
			status = HttpStatus.CONFLICT;
		}
		else if (ex instanceof IllegalArgumentException || ex instanceof RecordNotFoundException) {
			status = HttpStatus.BAD_REQUEST;
		}
		else {
			throw ex;
		}
		response.setStatus(status.value());
		return this.page.show(id, user, InspectionRecordPage.chinese().apply(ex.getMessage()), model);
	}

	private Finding ofInspection(long id, long findingId, CurrentUser user) {
		Finding finding = this.findings.readable(findingId, user);
		if (!finding.getInspectionId().equals(id)) {
			throw new RecordNotFoundException("问题", findingId);
		}
		return finding;
	}

	private static FindingForm form(long id, String text, String category, String source, String severity,
			String department, List<String> items, String money, ReporterForm reporter) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("请填写问题描述，不能添加空白问题 / The problem's text is required");
		}
		if (text.strip().length() > 2000) {
			throw new IllegalArgumentException("问题描述最长 2000 字 / At most 2000 characters");
		}
		FindingCategory parsedCategory = blank(category) ? null : FindingCategory.parse(category.strip());
		if (parsedCategory == null) {
			throw new IllegalArgumentException("请选择问题类别 / Choose a category");
		}
		FindingSource parsedSource = blank(source) ? null : FindingSource.parse(source.strip());
		if (parsedSource == null) {
			throw new IllegalArgumentException("请选择问题来源 / Choose a source");
		}
		Severity parsedSeverity = blank(severity) ? null : Severity.parse(severity.strip());
		if (parsedSeverity == null) {
			throw new IllegalArgumentException("请选择严重程度 / Choose a severity");
		}
		if (department == null || department.isBlank()) {
			throw new IllegalArgumentException("请选择监管部门 / Choose the supervising department");
		}
		Set<Long> itemIds = new LinkedHashSet<>();
		if (items != null) {
			for (String item : items) {
				if (item != null && !item.isBlank()) {
					itemIds.add((long) number(item));
				}
			}
		}
		return new FindingForm(id, text.strip(), parsedCategory, itemIds, parsedSource, parsedSeverity,
				department.strip(), money(money), reporter);
	}

	private static ReporterForm reporter(String source, String name, String contact, String note) {
		boolean given = !(blank(name) && blank(contact) && blank(note));
		if (!given) {
			return null;
		}
		if (blank(source) || FindingSource.parse(source.strip()) != FindingSource.VILLAGER_REPORT) {
			throw new IllegalArgumentException("只有来源为群众举报的问题才能登记举报人 / A reporter only for a villager's report");
		}
		if (blank(name)) {
			throw new IllegalArgumentException("请填写举报人姓名 / The reporter's name is required");
		}
		if (name.strip().length() > 50 || (contact != null && contact.strip().length() > 100)
				|| (note != null && note.strip().length() > 500)) {
			throw new IllegalArgumentException(
					"举报人姓名最长 50 字，联系方式最长 100 字，备注最长 500 字 / The reporter's fields are too long");
		}
		return new ReporterForm(name.strip(), contact, note);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static BigDecimal money(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(text.strip().replace(",", ""));
			if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
				throw new NumberFormatException();
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("挽回金额应为不小于 0、最多两位小数的数字（元） / Bad amount");
		}
	}

	private static LocalDate date(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("日期格式应为 年-月-日，如 2026-03-16 / Bad date");
		}
	}

	private static int number(String text) {
		if (blank(text) || !text.strip().matches("[0-9]{1,9}")) {
			throw new IllegalArgumentException("请填写整数 / A whole number is required");
		}
		return Integer.parseInt(text.strip());
	}

	private static long rows(List<RowError> errors) {
		return errors.stream().map(RowError::row).distinct().count();
	}

	@FunctionalInterface
	private interface Write {

		String run();

	}

}

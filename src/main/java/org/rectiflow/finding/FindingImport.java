package org.rectiflow.finding;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.ImportRejectedException;
import org.rectiflow.common.ImportResult;
import org.rectiflow.common.RowError;
import org.rectiflow.common.Spreadsheet;
import org.rectiflow.common.Spreadsheet.SheetRow;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.Department;
import org.rectiflow.identity.Departments;
import org.rectiflow.round.ChecklistCatalogue;
import org.rectiflow.round.ChecklistItem;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.Inspections;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an inspection's problem list from .xlsx, all or nothing. Each row carries its
 * 序号 (the finding's number in the list), which is the natural key: a row whose 序号 exists
 * already updates that finding if it differs and leaves it alone if not, so the same file
 * imported twice changes nothing. Findings missing from the file are kept. Reporters'
 * identities are never imported (see docs/decisions/0007-import-idempotency.md).
 */
@Service
class FindingImport {

	static final String SEQ = "序号";

	static final String TEXT = "问题描述";

	static final String CATEGORY = "问题类别";

	static final String SOURCE = "来源";

	static final String SEVERITY = "严重程度";

	static final String ITEMS = "监督清单条目";

	static final String DEPARTMENT = "监管部门";

	static final String MONEY = "挽回金额";

	static final List<String> COLUMNS = List.of(SEQ, TEXT, CATEGORY, SOURCE, SEVERITY, ITEMS, DEPARTMENT, MONEY);

	static final int MAX_ROWS = 2000;

	private final FindingRepository findings;

	private final Inspections inspections;

	private final ChecklistCatalogue checklist;

	private final Departments departments;

	private final BusinessDate clock;

	private final ProblemListLock lock;

	FindingImport(FindingRepository findings, Inspections inspections, ChecklistCatalogue checklist,
			Departments departments, BusinessDate clock, ProblemListLock lock) {
		this.lock = lock;
		this.clock = clock;
		this.findings = findings;
		this.inspections = inspections;
		this.checklist = checklist;
		this.departments = departments;
	}

	@Transactional
	ImportResult importFile(long inspectionId, InputStream file, CurrentUser user) {
		Inspection inspection = this.inspections.workable(inspectionId, user);
		this.lock.requireOpen(inspection);
		Spreadsheet sheet = Spreadsheet.read(file, COLUMNS, List.of(SEQ, TEXT, CATEGORY, SOURCE, SEVERITY, DEPARTMENT),
				MAX_ROWS);
		List<RowError> errors = new ArrayList<>();
		Map<Integer, FindingContent> rows = parse(sheet.rows(), errors, inspection.getChecklistVersionId());
		if (!errors.isEmpty()) {
			throw new ImportRejectedException(errors);
		}
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Map.Entry<Integer, FindingContent> row : rows.entrySet()) {
			Finding existing = this.findings.findByInspectionIdAndSeqNo(inspectionId, row.getKey()).orElse(null);
			if (existing == null) {
				this.findings
					.save(new Finding(inspection, row.getKey(), row.getValue(), null, user.userId(), this.clock.now()));
				created++;
			}
			else if (existing.change(row.getValue())) {
				updated++;
			}
			else {
				unchanged++;
			}
		}
		return new ImportResult(created, updated, unchanged);
	}

	private Map<Integer, FindingContent> parse(List<SheetRow> sheetRows, List<RowError> errors, Long checklistVersion) {
		// the codes of the checklist version the inspection uses
		Map<String, ChecklistItem> items = this.checklist.byCode(checklistVersion);
		Map<String, String> departmentGroups = new HashMap<>();
		for (Department department : this.departments.functional()) {
			departmentGroups.put(department.getGroupId(), department.getGroupId());
			departmentGroups.put(department.getName(), department.getGroupId());
		}
		Map<Integer, Integer> rowOfSeq = new HashMap<>();
		Map<Integer, FindingContent> rows = new java.util.LinkedHashMap<>();
		for (SheetRow row : sheetRows) {
			int before = errors.size();
			Integer seq = seq(row, errors);
			if (seq != null) {
				Integer first = rowOfSeq.putIfAbsent(seq, row.number());
				if (first != null) {
					errors.add(new RowError(row.number(), SEQ, "序号与第 " + first + " 行重复 / Same 序号 as row " + first));
				}
			}
			String text = row.get(TEXT);
			if (text.isEmpty()) {
				errors.add(new RowError(row.number(), TEXT, "请填写问题描述 / 问题描述 is required"));
			}
			else if (text.length() > 2000) {
				errors.add(new RowError(row.number(), TEXT, "问题描述最长 2000 字 / At most 2000 characters"));
			}
			FindingCategory category = parsed(row, CATEGORY, FindingCategory.parse(row.get(CATEGORY)),
					labels(FindingCategory.values()), errors);
			FindingSource source = parsed(row, SOURCE, FindingSource.parse(row.get(SOURCE)),
					labels(FindingSource.values()), errors);
			Severity severity = parsed(row, SEVERITY, Severity.parse(row.get(SEVERITY)), labels(Severity.values()),
					errors);
			Set<Long> itemIds = new LinkedHashSet<>();
			for (String code : row.get(ITEMS).split("[,，、;；\\s]+")) {
				if (code.isEmpty()) {
					continue;
				}
				ChecklistItem item = items.get(code.toUpperCase());
				if (item == null) {
					errors.add(new RowError(row.number(), ITEMS,
							"监督清单中没有条目 " + code + "（请填写如 A03-02 的条目编号） / No checklist item " + code));
				}
				else {
					itemIds.add(item.getId());
				}
			}
			String department = departmentGroups.get(row.get(DEPARTMENT));
			if (department == null) {
				errors.add(new RowError(row.number(), DEPARTMENT,
						row.get(DEPARTMENT).isEmpty() ? "请填写监管部门 / 监管部门 is required" : "没有职能部门「" + row.get(DEPARTMENT)
								+ "」，可填部门名称或用户组，如 农业农村局 或 dept-agriculture / " + "Unknown department"));
			}
			BigDecimal money = money(row, errors);
			if (errors.size() == before) {
				rows.put(seq, new FindingContent(text, category, itemIds, source, severity, department, money));
			}
		}
		return rows;
	}

	private static Integer seq(SheetRow row, List<RowError> errors) {
		String value = row.get(SEQ);
		if (!value.matches("[1-9][0-9]{0,3}")) {
			errors.add(new RowError(row.number(), SEQ, value.isEmpty() ? "请填写序号 / 序号 is required"
					: "序号应为 1 到 9999 的整数 / 序号 must be a whole number from 1 to 9999"));
			return null;
		}
		return Integer.valueOf(value);
	}

	private static <T> T parsed(SheetRow row, String column, T value, String choices, List<RowError> errors) {
		if (value == null) {
			errors.add(new RowError(row.number(), column,
					(row.get(column).isEmpty() ? "请填写" + column : "「" + row.get(column) + "」无效") + "，可填：" + choices
							+ " / Invalid or missing " + column));
		}
		return value;
	}

	private static BigDecimal money(SheetRow row, List<RowError> errors) {
		String value = row.get(MONEY);
		if (value.isEmpty()) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(value.replace(",", ""));
			if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
				throw new NumberFormatException();
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			errors.add(new RowError(row.number(), MONEY,
					"挽回金额应为不小于 0、最多两位小数的数字（元） / 挽回金额 must be an amount in yuan " + ">= 0 with at most 2 decimals"));
			return null;
		}
	}

	private static String labels(Enum<?>[] values) {
		List<String> labels = new ArrayList<>();
		for (Enum<?> value : values) {
			if (value instanceof FindingCategory category) {
				labels.add(category.label());
			}
			else if (value instanceof FindingSource source) {
				labels.add(source.label());
			}
			else if (value instanceof Severity severity) {
				labels.add(severity.label());
			}
		}
		return String.join("、", labels);
	}

}

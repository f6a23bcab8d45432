package org.rectiflow.unit;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.ImportRejectedException;
import org.rectiflow.common.ImportResult;
import org.rectiflow.common.RowError;
import org.rectiflow.common.Spreadsheet;
import org.rectiflow.common.Spreadsheet.SheetRow;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports townships, villages and communities with their classification from .xlsx, all
 * or nothing. A row is matched to an existing unit by its code (编码): the same row again
 * changes nothing; a changed name, classification or categories updates the unit; a later
 * last-inspection date replaces an earlier one. Kind and township cannot change (they
 * decide the unit's Camunda groups). See docs/decisions/0007-import-idempotency.md.
 */
@Service
class UnitImport {

	static final String TOWNSHIP_CODE = "乡镇编码";

	static final String CODE = "编码";

	static final String NAME = "名称";

	static final String KIND = "类型";

	static final String PRIORITY = "分类";

	static final String CATEGORIES = "类别";

	static final String LAST_INSPECTED = "上次巡察日期";

	static final List<String> COLUMNS = List.of(TOWNSHIP_CODE, CODE, NAME, KIND, PRIORITY, CATEGORIES, LAST_INSPECTED);

	static final int MAX_ROWS = 5000;

	/** The group ids derived from a code must pass Camunda's resource id whitelist. */
	private static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*");

	private static final Map<String, UnitKind> KINDS = Map.of("乡镇", UnitKind.TOWNSHIP, "街道", UnitKind.TOWNSHIP,
			"乡镇(街道)", UnitKind.TOWNSHIP, "村", UnitKind.VILLAGE, "社区", UnitKind.COMMUNITY);

	private static final Map<String, UnitPriority> PRIORITIES = Map.of("重点", UnitPriority.KEY, "一般",
			UnitPriority.ORDINARY);

	private final InspectedUnitRepository units;

	private final UnitRegistry registry;

	private final BusinessDate dates;

	private final UnitClassifications classifications;

	UnitImport(InspectedUnitRepository units, UnitRegistry registry, BusinessDate dates,
			UnitClassifications classifications) {
		this.units = units;
		this.registry = registry;
		this.dates = dates;
		this.classifications = classifications;
	}

	@Transactional
	ImportResult importFile(InputStream file, CurrentUser user) throws IOException {
		if (!user.isInspectionOffice()) {
			throw new AccessRefusedException("只有巡察办可以导入被巡察单位 / Only the inspection office imports units");
		}
		Spreadsheet sheet = Spreadsheet.read(file, COLUMNS, List.of(CODE, NAME, KIND), MAX_ROWS);
		List<RowError> errors = new ArrayList<>();
		List<UnitRow> rows = parse(sheet.rows(), errors);
		if (!errors.isEmpty()) {
			throw new ImportRejectedException(errors);
		}
		return apply(rows, user.userId());
	}

	private List<UnitRow> parse(List<SheetRow> sheetRows, List<RowError> errors) {
		List<String> codes = sheetRows.stream().map((row) -> row.get(CODE)).filter((code) -> !code.isEmpty()).toList();
		Map<String, InspectedUnit> existing = this.units.findByCodeIn(codes)
			.stream()
			.collect(Collectors.toMap(InspectedUnit::getCode, Function.identity()));
		Map<String, Integer> firstRowOfCode = new HashMap<>();
		Set<String> townshipsInFile = sheetRows.stream()
			.filter((row) -> KINDS.get(row.get(KIND)) == UnitKind.TOWNSHIP)
			.map((row) -> row.get(CODE))
			.collect(Collectors.toSet());
		List<UnitRow> rows = new ArrayList<>();
		LocalDate today = this.dates.today();
		for (SheetRow row : sheetRows) {
			RowCheck check = new RowCheck(row, errors);
			String code = check.required(CODE, "编码");
			if (code != null) {
				if (code.length() > 32 || !CODE_PATTERN.matcher(code).matches()) {
					check.error(CODE, "编码只能由字母、数字及中间的 - _ . 组成，最长 32 位 / The code may hold letters, digits and "
							+ "inner - _ . only, at most 32 characters");
				}
				Integer first = firstRowOfCode.putIfAbsent(code, row.number());
				if (first != null) {
					check.error(CODE, "编码与第 " + first + " 行重复 / Same code as row " + first);
				}
			}
			String name = check.required(NAME, "名称");
			if (name != null && name.length() > 100) {
				check.error(NAME, "名称最长 100 字 / The name may have at most 100 characters");
			}
			UnitKind kind = check.oneOf(KIND, KINDS, true);
			UnitPriority priority = check.oneOf(PRIORITY, PRIORITIES, kind != null && kind != UnitKind.TOWNSHIP);
			Set<UnitCategory> categories = check.categories(CATEGORIES);
			LocalDate lastInspected = check.date(LAST_INSPECTED, today);
			String townshipCode = row.get(TOWNSHIP_CODE);
			if (kind == UnitKind.TOWNSHIP) {
				if (!townshipCode.isEmpty() && !townshipCode.equals(code)) {
					check.error(TOWNSHIP_CODE,
							"乡镇行的乡镇编码应为空或与编码相同 / For a township leave 乡镇编码 empty or equal to its code");
				}
				townshipCode = code;
			}
			else if (kind != null) {
				if (townshipCode.isEmpty()) {
					check.error(TOWNSHIP_CODE, "村、社区须填写所属乡镇的编码 / A village or community needs its township's code");
				}
				else if (!townshipsInFile.contains(townshipCode) && this.units.findByCode(townshipCode)
					.filter((unit) -> unit.getKind() == UnitKind.TOWNSHIP)
					.isEmpty()) {
					check.error(TOWNSHIP_CODE, "乡镇 " + townshipCode + " 不存在：请先导入该乡镇，或在本文件中加入该乡镇行 / Unknown township "
							+ townshipCode + ": import it first or add its row to this file");
				}
			}
			InspectedUnit current = (code != null) ? existing.get(code) : null;
			if (current != null && kind != null && current.getKind() != kind) {
				check.error(KIND, "编码 " + code + " 已登记为" + current.getKind().label() + "「" + current.getName()
						+ "」，类型不能修改 / This code is registered as a " + current.getKind() + "; the kind cannot change");
			}
			else if (current != null && kind != null && kind != UnitKind.TOWNSHIP
					&& !current.getTownshipCode().equals(townshipCode)) {
				check.error(TOWNSHIP_CODE,
						"编码 " + code + " 已属于乡镇 " + current.getTownshipCode()
								+ "，所属乡镇不能通过导入修改 / This unit belongs to township " + current.getTownshipCode()
								+ "; the township cannot change by import");
			}
			if (check.ok()) {
				rows.add(new UnitRow(code, name, kind, townshipCode,
						(priority != null) ? priority : UnitPriority.ORDINARY, categories, lastInspected, current));
			}
		}
		return rows;
	}

	private ImportResult apply(List<UnitRow> rows, String userId) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		List<UnitRow> ordered = new ArrayList<>(
				rows.stream().filter((row) -> row.kind() == UnitKind.TOWNSHIP).toList());
		ordered.addAll(rows.stream().filter((row) -> row.kind() != UnitKind.TOWNSHIP).toList());
		for (UnitRow row : ordered) {
			if (row.existing() == null) {
				InspectedUnit unit = (row.kind() == UnitKind.TOWNSHIP)
						? this.registry.registerTownship(row.code(), row.name())
						: this.registry.registerVillage(row.townshipCode(), row.code(), row.name(), row.kind(),
								row.priority(), row.categories());
				this.registry.update(unit, row.name(), row.priority(), row.categories(), row.lastInspectedOn());
				created++;
			}
			else {
				this.classifications.recordImport(row.existing(), row.priority(), row.categories(), userId);
				if (this.registry.update(row.existing(), row.name(), row.priority(), row.categories(),
						row.lastInspectedOn())) {
					updated++;
				}
				else {
					unchanged++;
				}
			}
		}
		return new ImportResult(created, updated, unchanged);
	}

	private record UnitRow(String code, String name, UnitKind kind, String townshipCode, UnitPriority priority,
			Set<UnitCategory> categories, LocalDate lastInspectedOn, InspectedUnit existing) {

	}

	/** Validates the cells of one row, collecting every error. */
	private static final class RowCheck {

		private final SheetRow row;

		private final List<RowError> errors;

		private boolean ok = true;

		RowCheck(SheetRow row, List<RowError> errors) {
			this.row = row;
			this.errors = errors;
		}

		void error(String column, String reason) {
			this.errors.add(new RowError(this.row.number(), column, reason));
			this.ok = false;
		}

		boolean ok() {
			return this.ok;
		}

		String required(String column, String what) {
			String value = this.row.get(column);
			if (value.isEmpty()) {
				error(column, "请填写" + what + " / " + column + " is required");
				return null;
			}
			return value;
		}

		<T> T oneOf(String column, Map<String, T> choices, boolean required) {
			String value = this.row.get(column);
			if (value.isEmpty()) {
				if (required) {
					error(column, "请填写" + column + "：" + String.join("、", choices.keySet().stream().sorted().toList())
							+ " / " + column + " is required");
				}
				return null;
			}
			T choice = choices.get(value);
			if (choice == null) {
				error(column, "「" + value + "」无效，可填：" + String.join("、", choices.keySet().stream().sorted().toList())
						+ " / Invalid value '" + value + "'");
			}
			return choice;
		}

		Set<UnitCategory> categories(String column) {
			Set<UnitCategory> categories = EnumSet.noneOf(UnitCategory.class);
			for (String label : this.row.get(column).split("[,，、;；]")) {
				String trimmed = label.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				UnitCategory category = UnitCategory.fromLabel(trimmed);
				if (category == null) {
					error(column, "类别「" + trimmed + "」无效，可填：" + UnitCategory.labels() + " / Unknown category '"
							+ trimmed + "'");
				}
				else {
					categories.add(category);
				}
			}
			return categories;
		}

		LocalDate date(String column, LocalDate today) {
			String value = this.row.get(column);
			if (value.isEmpty()) {
				return null;
			}
			try {
				LocalDate date = Spreadsheet.parseDate(value);
				if (date.isAfter(today)) {
					error(column, "日期 " + value + " 晚于今天 / The date " + value + " is in the future");
				}
				return date;
			}
			catch (DateTimeParseException ex) {
				error(column, "「" + value + "」不是日期，请写成 2021-05-10 / '" + value + "' is not a date: write 2021-05-10");
				return null;
			}
		}

	}

}

package org.rectiflow.common;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The first sheet of an uploaded .xlsx file as rows of text, read by column heading. Row
 * 1 holds the headings; a heading matches a column name exactly or followed by a remark
 * in brackets ({@code 类型(村/社区/乡镇)} matches {@code 类型}). Blank rows are skipped. Numbers
 * are read as written ({@code 3} not {@code 3.0}) and date cells as {@code yyyy-MM-dd},
 * so codes typed as numbers and dates typed as dates both work. The file is checked
 * against {@link SpreadsheetLimits} (rows, cells, inflated size) before it is parsed.
 */
public final class Spreadsheet {

	/** Row number used for errors that concern the whole file. */
	public static final int WHOLE_FILE = 0;

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

	private final List<SheetRow> rows;

	private Spreadsheet(List<SheetRow> rows) {
		this.rows = rows;
	}

	/**
	 * Reads the file or refuses it, listing every missing column.
	 * @param in the uploaded file
	 * @param columns every column the import knows, in order
	 * @param required the columns that must be present
	 * @param maxRows the most data rows accepted
	 * @return the rows
	 * @throws ImportRejectedException when the file is no spreadsheet, misses a required
	 * column or has too many rows
	 */
	public static Spreadsheet read(InputStream in, List<String> columns, Collection<String> required, int maxRows) {
		byte[] file;
		try {
			file = in.readAllBytes();
		}
		catch (IOException ex) {
			throw fileError("无法读取文件，请上传 Excel (.xlsx) 文件 / The file cannot be read: upload an Excel (.xlsx) file");
		}
		SpreadsheetLimits.check(file, maxRows);
		try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(file))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw fileError("文件中没有工作表 / The file has no sheet");
			}
			return read(workbook.getSheetAt(0), columns, required, maxRows);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRejectedException rejected) {
				throw rejected;
			}
			throw fileError("无法读取文件，请上传 Excel (.xlsx) 文件 / The file cannot be read: upload an Excel (.xlsx) file");
		}
	}

	private static Spreadsheet read(Sheet sheet, List<String> columns, Collection<String> required, int maxRows) {
		Row header = sheet.getRow(sheet.getFirstRowNum());
		Map<String, Integer> positions = new LinkedHashMap<>();
		if (header != null) {
			for (Cell cell : header) {
				String heading = text(cell);
				for (String column : columns) {
					if (matches(heading, column) && !positions.containsKey(column)) {
						positions.put(column, cell.getColumnIndex());
					}
				}
			}
		}
		List<RowError> missing = new ArrayList<>();
		for (String column : required) {
			if (!positions.containsKey(column)) {
				missing.add(new RowError(1, column, "缺少必需的列「" + column + "」（第 1 行为标题行）/ Required column '" + column
						+ "' is missing (row 1 holds the headings)"));
			}
		}
		if (!missing.isEmpty()) {
			throw new ImportRejectedException(missing);
		}
		int headerRow = (header != null) ? header.getRowNum() : 0;
		List<SheetRow> rows = new ArrayList<>();
		for (int index = headerRow + 1; index <= sheet.getLastRowNum(); index++) {
			Row row = sheet.getRow(index);
			if (row == null) {
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			positions.forEach((column, position) -> values.put(column, text(row.getCell(position))));
			if (values.values().stream().allMatch(String::isEmpty)) {
				continue;
			}
			if (rows.size() == maxRows) {
				throw tooManyRows(maxRows);
			}
			rows.add(new SheetRow(index + 1, values));
		}
		return new Spreadsheet(rows);
	}

	private static boolean matches(String heading, String column) {
		String normalized = heading.replace(" ", "").replace("\u3000", "");
		return normalized.equals(column) || normalized.startsWith(column + "(") || normalized.startsWith(column + "（");
	}

	static ImportRejectedException tooManyRows(int maxRows) {
		return fileError("数据行超过 " + maxRows + " 行，请分批导入 / More than " + maxRows
				+ " data rows: split the file and import the parts one by one");
	}

	static ImportRejectedException fileError(String reason) {
		return new ImportRejectedException(List.of(new RowError(WHOLE_FILE, "文件 / file", reason)));
	}

	public List<SheetRow> rows() {
		return this.rows;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
						: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	/**
	 * Parses a date as people type it: {@code 2021-05-10}, {@code 2021/5/10},
	 * {@code 2021.5.10} or {@code 2021年5月10日}.
	 * @param text the cell's text
	 * @return the date
	 * @throws DateTimeParseException when it is no date
	 */
	public static LocalDate parseDate(String text) {
		Matcher matcher = DATE.matcher(text.strip());
		if (!matcher.matches()) {
			throw new DateTimeParseException("not a date", text, 0);
		}
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		}
		catch (java.time.DateTimeException ex) {
			throw new DateTimeParseException("not a date", text, 0, ex);
		}
	}

	/** The date format the templates use. */
	public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;

	/**
	 * One data row.
	 *
	 * @param number the row number as Excel shows it
	 * @param values the text of each known column present in the file (never null)
	 */
	public record SheetRow(int number, Map<String, String> values) {

		/**
		 * The text of a column, empty when blank or absent.
		 * @param column the column name
		 * @return the text, trimmed
		 */
		public String get(String column) {
			return this.values.getOrDefault(column, "");
		}

		/**
		 * Everything in the row, joined, for detecting an identical row.
		 * @return the row's values in column order
		 */
		public String fingerprint() {
			return String.join("\u001f", this.values.values());
		}

	}

}

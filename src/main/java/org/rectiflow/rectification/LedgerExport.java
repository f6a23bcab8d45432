package org.rectiflow.rectification;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.identity.CurrentUser;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger as an Excel workbook (整改台账.xlsx): the rows of the current filters, one per
 * item, Chinese headers, each row filled with its warning colour. Streams (SXSSF), so a
 * large export keeps memory flat.
 */
@Service
public class LedgerExport {

	/** The most rows one export may hold; narrow the filters beyond that. */
	static final int MAX_ROWS = 100_000;

	static final String SHEET_NAME = "整改台账";

	private static final List<Column> COLUMNS = List.of(new Column("台账编号", 26, (row) -> row.item().getLedgerNumber()),
			new Column("巡察轮次", 8, (row) -> row.item().getRoundId()),
			new Column("乡镇(街道)", 12, (row) -> row.item().getTownshipName()),
			new Column("被巡察对象", 12, (row) -> row.item().getUnitName()),
			new Column("问题类别", 14, (row) -> row.item().getCategoryName()),
			new Column("问题描述", 50, (row) -> row.item().getFindingText()),
			new Column("整改措施", 50, (row) -> row.item().getMeasures()),
			new Column("责任单位", 16, (row) -> row.item().getResponsibleUnit()),
			new Column("责任人", 10, (row) -> row.item().getResponsiblePerson()),
			new Column("业务主管部门", 16, (row) -> row.item().getSupervisingDeptName()),
			new Column("整改期限", 12, (row) -> row.item().getDeadline()),
			new Column("原定期限", 12, (row) -> row.item().getOriginalDeadline()),
			new Column("预警", 6, (row) -> row.item().getColour().label()),
			new Column("挂牌督办", 8, (row) -> yesNo(row.item().isFlagged())),
			new Column("是否逾期", 8, (row) -> yesNo(row.item().isOverdue(row.today()))),
			new Column("状态", 12, (row) -> row.item().getState().label()),
			new Column("退回次数", 8, (row) -> row.item().getReturnCount()),
			new Column("长期整改", 8, (row) -> yesNo(row.item().isLongTerm())),
			new Column("销号日期", 12, (row) -> row.item().getSignedOffOn()));

	private final LedgerQueries queries;

	private final BusinessDate clock;

	LedgerExport(LedgerQueries queries, BusinessDate clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/** Refuses an export above {@link #MAX_ROWS} before anything is written. */
	public void checkSize(LedgerFilter filter, CurrentUser user) {
		long rows = this.queries.count(filter, user);
		if (rows > MAX_ROWS) {
			throw new IllegalArgumentException("符合条件的事项有 " + rows + " 项，超过单次导出上限 " + MAX_ROWS + " 项，请增加筛选条件 / " + rows
					+ " items match; narrow the filters to at most " + MAX_ROWS);
		}
	}

	@Transactional(readOnly = true)
	public void write(LedgerFilter filter, Sort sort, CurrentUser user, OutputStream out) throws IOException {
		LocalDate today = this.clock.today();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			workbook.setCompressTempFiles(true);
			Styles styles = new Styles(workbook);
			SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(COLUMNS.get(i).title());
				header.getCell(i).setCellStyle(styles.header);
				sheet.setColumnWidth(i, COLUMNS.get(i).width() * 256);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			this.queries.forEach(filter, sort, user, (item) -> {
				Row row = sheet.createRow(next[0]++);
				CellStyle style = styles.rows.get(item.getColour());
				ExportRow values = new ExportRow(item, today);
				for (int i = 0; i < COLUMNS.size(); i++) {
					Object value = COLUMNS.get(i).value().apply(values);
					var cell = row.createCell(i);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value != null) {
						cell.setCellValue(value.toString());
					}
					cell.setCellStyle(style);
				}
			});
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, COLUMNS.size() - 1));
			workbook.write(out);
		}
	}

	static String filename(LocalDate today) {
		return "整改台账-" + today + ".xlsx";
	}

	private static String yesNo(boolean value) {
		return value ? "是" : "否";
	}

	private record ExportRow(RectificationItem item, LocalDate today) {

	}

	private record Column(String title, int width, Function<ExportRow, Object> value) {

	}

	/** One style per warning colour (Excel limits the number of styles). */
	private static final class Styles {

		final CellStyle header;

		final Map<WarningColour, CellStyle> rows = new EnumMap<>(WarningColour.class);

		Styles(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = bordered(workbook);
			this.header.setFont(bold);
			fill(this.header, "D9E1F2");
			for (WarningColour colour : WarningColour.values()) {
				CellStyle style = bordered(workbook);
				style.setWrapText(true);
				style.setVerticalAlignment(VerticalAlignment.TOP);
				if (colour.fill() != null) {
					fill(style, colour.fill());
				}
				this.rows.put(colour, style);
			}
		}

		private static CellStyle bordered(SXSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

		private static void fill(CellStyle style, String rgb) {
			((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(hex(rgb), new DefaultIndexedColorMap()));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}

		private static byte[] hex(String rgb) {
			return new byte[] { (byte) Integer.parseInt(rgb.substring(0, 2), 16),
					(byte) Integer.parseInt(rgb.substring(2, 4), 16),
					(byte) Integer.parseInt(rgb.substring(4, 6), 16) };
		}

	}

}

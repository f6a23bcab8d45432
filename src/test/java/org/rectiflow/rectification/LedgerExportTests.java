package org.rectiflow.rectification;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Excel export: the rows of the current filters within the caller's scope, Chinese
 * headers, and each row filled with its warning colour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class LedgerExportTests {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private LedgerFixtures fixtures;

	@Test
	void exportsTheFilteredRowsWithChineseHeadersAndColourFills() throws Exception {
		long round = LedgerFixtures.nextId();
		RectificationItem red = this.fixtures.warn(
				this.fixtures.overdue(round, "T02V03", "dept-agriculture", "COLLECTIVE_ASSETS", "集体土地流转收益未入账", 12),
				WarningLevel.RED);
		RectificationItem yellow = this.fixtures.warn(this.fixtures.inProgress(round, "T02V04", "dept-agriculture",
				"ORGANIZATION", "村两委分工不明确", LedgerFixtures.today().plusDays(8)), WarningLevel.YELLOW);
		RectificationItem green = this.fixtures.warn(this.fixtures.inProgress(round, "T01V06", "dept-agriculture",
				"INTEGRITY", "公车私用", LedgerFixtures.today().plusDays(18)), WarningLevel.GREEN);
		RectificationItem none = this.fixtures.open(round, "T01V07", "dept-agriculture", "INTEGRITY", "报销凭证不全");
		this.fixtures.open(round, "T01V07", "dept-finance", "INTEGRITY", "不属于农业农村局的事项");

		ResponseEntity<byte[]> response = this.rest.withBasicAuth("dept-agriculture", "demo")
			.getForEntity("/api/ledger/export.xlsx?roundId=" + round, byte[].class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders()
			.getContentType()
			.isCompatibleWith(MediaType.parseMediaType(LedgerController.XLSX))).isTrue();
		String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment; filename=\"ledger-").contains("filename*=UTF-8''");
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
			.startsWith("整改台账-")
			.endsWith(".xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			XSSFSheet sheet = workbook.getSheet("整改台账");
			Row header = sheet.getRow(0);
			List<String> headers = new ArrayList<>();
			header.forEach((cell) -> headers.add(cell.getStringCellValue()));
			assertThat(headers).containsSequence("台账编号", "巡察轮次", "乡镇(街道)", "被巡察对象", "问题类别", "问题描述", "整改措施")
				.contains("责任人", "业务主管部门", "整改期限", "预警", "挂牌督办", "是否逾期", "状态", "退回次数", "销号日期");
			assertThat(sheet.getLastRowNum()).isEqualTo(4);

			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo(red.getLedgerNumber());
			assertThat(text(first, headers, "被巡察对象")).isEqualTo("杨家村");
			assertThat(text(first, headers, "乡镇(街道)")).isEqualTo("河西乡");
			assertThat(text(first, headers, "问题类别")).isEqualTo("集体“三资”管理");
			assertThat(text(first, headers, "问题描述")).isEqualTo("集体土地流转收益未入账");
			assertThat(text(first, headers, "业务主管部门")).isEqualTo("农业农村局");
			assertThat(text(first, headers, "预警")).isEqualTo("红");
			assertThat(text(first, headers, "挂牌督办")).isEqualTo("是");
			assertThat(text(first, headers, "是否逾期")).isEqualTo("是");
			assertThat(text(first, headers, "状态")).isEqualTo("整改中");
			assertThat(text(first, headers, "整改期限")).isEqualTo(red.getDeadline().toString());

			assertThat(fill(sheet.getRow(1), headers, "预警")).isEqualTo("FFC7CE");
			assertThat(fill(sheet.getRow(1), headers, "问题描述")).isEqualTo("FFC7CE");
			assertThat(fill(sheet.getRow(2), headers, "预警")).isEqualTo("FFEB9C");
			assertThat(text(sheet.getRow(2), headers, "预警")).isEqualTo("黄");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(yellow.getLedgerNumber());
			assertThat(fill(sheet.getRow(3), headers, "预警")).isEqualTo("C6EFCE");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(green.getLedgerNumber());
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo(none.getLedgerNumber());
			assertThat(text(sheet.getRow(4), headers, "状态")).isEqualTo("待制定措施");
			assertThat(text(sheet.getRow(4), headers, "预警")).isEqualTo("无");
			XSSFCellStyle plain = (XSSFCellStyle) sheet.getRow(4).getCell(0).getCellStyle();
			assertThat(plain.getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		}
	}

	@Test
	void theExportFollowsTheFiltersAndRefusesBadOnes() throws Exception {
		long round = LedgerFixtures.nextId();
		this.fixtures.open(round, "T03C03", "dept-housing", "ORGANIZATION", "网格员配备不足");
		RectificationItem wanted = this.fixtures.open(round, "T03C04", "dept-housing", "COLLECTIVE_ASSETS", "物业费收支未公开");
		ResponseEntity<byte[]> response = this.rest.withBasicAuth("township-t03", "demo")
			.getForEntity("/api/ledger/export.xlsx?roundId=" + round + "&category=COLLECTIVE_ASSETS", byte[].class);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(wanted.getLedgerNumber());
		}
		ResponseEntity<byte[]> outsider = this.rest.withBasicAuth("village-t01v01", "demo")
			.getForEntity("/api/ledger/export.xlsx?roundId=" + round, byte[].class);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(outsider.getBody()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
		}
		ResponseEntity<String> bad = this.rest.withBasicAuth("inspection-office", "demo")
			.getForEntity("/api/ledger/export.xlsx?colour=PURPLE", String.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getBody()).contains("colour", "PURPLE", "GREEN");
	}

	private static String text(Row row, List<String> headers, String header) {
		return row.getCell(headers.indexOf(header)).getStringCellValue();
	}

	private static String fill(Row row, List<String> headers, String header) {
		XSSFCellStyle style = (XSSFCellStyle) row.getCell(headers.indexOf(header)).getCellStyle();
		assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		return style.getFillForegroundXSSFColor().getARGBHex().substring(2);
	}

}

package org.rectiflow.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.rectiflow.common.ImportRejectedException;
import org.rectiflow.common.Spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 16, W12: an .xlsx that expands far is refused before it is parsed. */
class SpreadsheetLimitsTests {

	@Test
	void aFileThatExpandsTooFarIsRefusedWithAClearMessage() throws Exception {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(file)) {
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			byte[] block = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < 40; i++) {
				zip.write(block);
			}
			zip.closeEntry();
		}
		assertThatThrownBy(
				() -> Spreadsheet.read(new ByteArrayInputStream(file.toByteArray()), List.of("编码"), List.of("编码"), 100))
			.isInstanceOfSatisfying(ImportRejectedException.class,
					(ex) -> assertThat(ex.getErrors().get(0).toString()).contains("解压后超过"));
	}

	@Test
	void tooManyRowsAreRefusedBeforeParsing() throws Exception {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(file)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			StringBuilder xml = new StringBuilder("<worksheet><sheetData>");
			for (int i = 1; i <= 200; i++) {
				xml.append("<row r=\"").append(i).append("\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>");
			}
			zip.write(xml.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThatThrownBy(
				() -> Spreadsheet.read(new ByteArrayInputStream(file.toByteArray()), List.of("编码"), List.of("编码"), 100))
			.isInstanceOfSatisfying(ImportRejectedException.class,
					(ex) -> assertThat(ex.getErrors().get(0).toString()).contains("数据行超过 100 行"));
	}

}

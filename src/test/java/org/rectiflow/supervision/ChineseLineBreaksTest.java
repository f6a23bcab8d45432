package org.rectiflow.supervision;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter's lines break by 避头尾: no closing punctuation mark starts a line, no opening
 * one ends a line (the letter's font, A4, the letter's margins).
 */
class ChineseLineBreaksTest {

	private static final String CLOSING = "，。、；：？！）」』”》";

	private static final String OPENING = "（「『“《";

	@Test
	void noLineOfALetterStartsWithAClosingMarkOrEndsWithAnOpeningOne() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			text.append("整改事项").append("甲乙丙丁戊己庚辛壬".substring(0, i % 9 + 1)).append("，请于期限内完成整改（含「佐证材料」）。");
		}
		List<String> lines = lines(text.toString());
		assertThat(lines).hasSizeGreaterThan(10);
		assertThat(lines).allSatisfy((line) -> {
			assertThat(CLOSING.indexOf(line.charAt(0))).as(line).isNegative();
			assertThat(OPENING.indexOf(line.charAt(line.length() - 1))).as(line).isNegative();
		});
		assertThat(String.join("", lines)).isEqualTo(text.toString());
	}

	private static List<String> lines(String text) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 72, 72, 72, 72);
		PdfWriter.getInstance(document, out);
		document.open();
		BaseFont font = BaseFont.createFont(LetterPdf.FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		document.add(LetterPdf.breakTheChineseWay(new Paragraph(text, new Font(font, 12))));
		document.close();
		PdfReader reader = new PdfReader(out.toByteArray());
		try {
			return Arrays.stream(new PdfTextExtractor(reader).getTextFromPage(1).split("\n"))
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.toList();
		}
		finally {
			reader.close();
		}
	}

}

package org.rectiflow.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import org.camunda.bpm.engine.IdentityService;
import org.rectiflow.identity.UserNames;
import org.rectiflow.workflow.Deadlines;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Prints a letter as an A4 PDF: the issuing office, the kind, the number, the addressee,
 * the unit, the item (or transfer), the deadline, the reason and the date. The Chinese
 * text is set in Noto Sans SC (SIL Open Font License, from the
 * {@code ph-fonts-noto-sans-sc} artifact), embedded as a subset, so the letter reads the
 * same on a machine without any Chinese font.
 */
@Component
class LetterPdf {

	static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final UserNames userNames;

	private final IdentityService identity;

	private final String issuerName;

	private volatile byte[] fontBytes;

	private final Deadlines deadlines;

	LetterPdf(UserNames userNames, IdentityService identity, SupervisionProperties properties, Deadlines deadlines) {
		this.deadlines = deadlines;
		this.userNames = userNames;
		this.identity = identity;
		this.issuerName = properties.issuerName();
	}

	byte[] print(Letter letter) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 72, 72, 72, 72);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(letter.getKind().label() + " " + letter.getNumber());
		document.addCreator("巡察整改管理平台");
		document.open();
		writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
		BaseFont base = font();
		Font title = new Font(base, 22, Font.BOLD, new java.awt.Color(0xB7, 0x1C, 0x1C));
		Font heading = new Font(base, 15, Font.NORMAL);
		Font body = new Font(base, 12, Font.NORMAL);
		Font small = new Font(base, 10, Font.NORMAL, java.awt.Color.DARK_GRAY);

		add(document, new Paragraph(this.issuerName, title), Element.ALIGN_CENTER, 6);
		add(document, new Paragraph(letter.getKind().label(), heading), Element.ALIGN_CENTER, 6);
		add(document, new Paragraph(letter.getNumber(), body), Element.ALIGN_CENTER, 18);

		add(document, new Paragraph(addressee(letter) + "：", body), Element.ALIGN_LEFT, 10);
		add(document, new Paragraph(opening(letter), body), Element.ALIGN_JUSTIFIED, 8);
		add(document, new Paragraph("被巡察单位：" + orDash(letter.getUnitName()), body), Element.ALIGN_LEFT, 4);
		add(document, new Paragraph(letter.getSubjectType().label() + "编号：" + letter.getSubjectNumber(), body),
				Element.ALIGN_LEFT, 4);
		add(document, new Paragraph("问题及事项：" + orDash(letter.getSubjectText()), body), Element.ALIGN_LEFT, 4);
		add(document,
				new Paragraph(
						"整改（办理）期限："
								+ ((letter.getDeadline() != null) ? CHINESE_DATE.format(letter.getDeadline()) : "未确定"),
						body),
				Element.ALIGN_LEFT, 4);
		if (letter.getReason() != null && !letter.getReason().isBlank()) {
			add(document, new Paragraph("事由：" + letter.getReason(), body), Element.ALIGN_LEFT, 4);
		}
		add(document, new Paragraph(request(letter), body), Element.ALIGN_JUSTIFIED, 30);

		add(document, new Paragraph(this.issuerName, body), Element.ALIGN_RIGHT, 4);
		add(document, new Paragraph(CHINESE_DATE.format(letter.getIssuedOn()), body), Element.ALIGN_RIGHT, 30);

		String issuedBy = letter.isIssuedByTimer() ? "系统按期限预警自动发出" : "发文人：" + this.userNames.of(letter.getIssuer());
		add(document, new Paragraph(issuedBy + "；送：" + recipients(letter), small), Element.ALIGN_LEFT, 0);
		document.add(new Chunk(""));
		document.close();
		return out.toByteArray();
	}

	/** The recipients by their groups' names (the id where a group has none). */
	private String recipients(Letter letter) {
		Map<String, String> names = new HashMap<>();
		this.identity.createGroupQuery()
			.groupIdIn(letter.getRecipientGroups().toArray(String[]::new))
			.list()
			.forEach((group) -> names.put(group.getId(), group.getName()));
		return letter.getRecipientGroups()
			.stream()
			.map((id) -> (names.get(id) != null && !names.get(id).isBlank()) ? names.get(id) : id)
			.collect(Collectors.joining("、"));
	}

	static void add(Document document, Paragraph paragraph, int alignment, float after) {
		breakTheChineseWay(paragraph);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(after);
		paragraph.setLeading(paragraph.getFont().getSize() * 1.6f);
		document.add(paragraph);
	}

	/**
	 * Lets the paragraph's lines break by 避头尾: no punctuation mark that closes starts a
	 * line, none that opens ends one.
	 */
	static Paragraph breakTheChineseWay(Paragraph paragraph) {
		for (Element element : paragraph) {
			if (element instanceof Chunk chunk) {
				chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
			}
		}
		return paragraph;
	}

	private static String addressee(Letter letter) {
		return switch (letter.getSubjectType()) {
			case ITEM -> orDash(letter.getUnitName()) + "党组织";
			case CLUE -> "县纪委监委";
			case RECOMMENDATION -> "巡察建议书承办部门";
		};
	}

	private static String opening(Letter letter) {
		String unit = orDash(letter.getUnitName());
		return switch (letter.getKind()) {
			case REMINDER -> "你单位承担的巡察反馈问题整改事项即将到期。现予提示，请对照整改方案，加快推进整改落实，按期完成并报送佐证材料。";
			case SUPERVISION ->
				"你单位承担的巡察反馈问题整改事项" + (letter.isIssuedByTimer() ? "已超过整改期限尚未销号" : "整改进度滞后") + "。根据巡察整改督办工作有关规定，现予督办。";
			case FLAG -> "经研究，对" + unit + "以下巡察反馈问题整改事项实行挂牌督办，整改完成并经四方会审销号后摘牌。";
			case ADMONISH -> "因" + unit + "巡察反馈问题整改严重滞后，决定对整改责任人进行约谈。请第一责任人及相关责任人按通知要求参加约谈。";
			case URGE -> "巡察移交的以下事项已超过办理反馈期限。请抓紧办理，并将办理结果书面反馈巡察办。";
		};
	}

	private String request(Letter letter) {
		return switch (letter.getKind()) {
			case REMINDER -> "请于期限内完成整改，如确需延期，请在整改台账中提出延期申请并说明理由。";
			case SUPERVISION, FLAG ->
				"请收到本函后 " + this.deadlines.text("supervision-reply") + "内将整改进展及下一步措施书面报巡察办，逾期未整改到位的，将按有关规定启动问责程序。";
			case ADMONISH -> "约谈时间、地点另行通知。无正当理由不参加约谈的，将按有关规定处理。";
			case URGE -> "请收到本函后 " + this.deadlines.text("urge-reply") + "内反馈办理情况。";
		};
	}

	private static String orDash(String text) {
		return (text == null || text.isBlank()) ? "—" : text;
	}

	/** The embedded Chinese font every printed page of the console uses. */
	BaseFont font() {
		try {
			return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] fontBytes() throws IOException {
		byte[] bytes = this.fontBytes;
		if (bytes == null) {
			try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
				bytes = in.readAllBytes();
			}
			this.fontBytes = bytes;
		}
		return bytes;
	}

}

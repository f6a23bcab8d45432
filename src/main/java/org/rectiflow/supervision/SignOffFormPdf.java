package org.rectiflow.supervision;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.rectiflow.common.Times;
import org.rectiflow.identity.UserNames;
import org.rectiflow.rectification.ItemDetail;
import org.rectiflow.rectification.LedgerEntry;
import org.rectiflow.rectification.ReviewParties;
import org.rectiflow.rectification.ReviewParty;

import org.springframework.stereotype.Component;

/**
 * 整改销号审批表 of one item as a PDF (issue 17): the item, its measures and what was done, and
 * one row per review party of the settings with the vote of the latest round — the
 * party's decision, opinion, who and when. Same font and line breaking as the letters.
 */
@Component
class SignOffFormPdf {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final LetterPdf letters;

	private final ReviewParties parties;

	private final UserNames userNames;

	private final Times times;

	private final String issuerName;

	SignOffFormPdf(LetterPdf letters, ReviewParties parties, UserNames userNames, Times times,
			SupervisionProperties properties) {
		this.letters = letters;
		this.parties = parties;
		this.userNames = userNames;
		this.times = times;
		this.issuerName = properties.issuerName();
	}

	byte[] print(ItemDetail detail) {
		LedgerEntry item = detail.item();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 60, 60, 60, 60);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle("整改销号审批表 " + item.ledgerNumber());
		document.addCreator("巡察整改管理平台");
		document.open();
		writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
		BaseFont base = this.letters.font();
		Font title = new Font(base, 18, Font.BOLD);
		Font body = new Font(base, 11, Font.NORMAL);
		Font bold = new Font(base, 11, Font.BOLD);
		Font small = new Font(base, 9, Font.NORMAL, java.awt.Color.DARK_GRAY);

		LetterPdf.add(document, new Paragraph("巡察反馈问题整改销号审批表", title), Element.ALIGN_CENTER, 14);

		PdfPTable facts = new PdfPTable(new float[] { 1.2f, 3f });
		facts.setWidthPercentage(100);
		row(facts, "台账编号", item.ledgerNumber(), bold, body);
		row(facts, "被巡察对象", dash(item.unitName()) + "（" + dash(item.townshipName()) + "）", bold, body);
		row(facts, "问题", dash(item.findingText()), bold, body);
		row(facts, "整改措施", dash(item.measures()), bold, body);
		row(facts, "责任人", dash(item.responsiblePerson()) + "　" + dash(detail.responsiblePhone()), bold, body);
		row(facts, "整改期限", (item.deadline() != null) ? CHINESE_DATE.format(item.deadline()) : "未确定", bold, body);
		row(facts, "整改落实情况", dash(detail.implementationSummary()), bold, body);
		row(facts, "会审轮次", "第 " + detail.reviewRound() + " 轮（退回 " + item.returnCount() + " 次）", bold, body);
		document.add(facts);

		LetterPdf.add(document, new Paragraph("会审意见", bold), Element.ALIGN_LEFT, 6);
		Map<String, ItemDetail.VoteView> round = detail.votes()
			.stream()
			.filter((vote) -> vote.reviewRound() == detail.reviewRound())
			.collect(Collectors.toMap(ItemDetail.VoteView::party, Function.identity(), (a, b) -> b));
		PdfPTable votes = new PdfPTable(new float[] { 1.3f, 1f, 2.4f, 1.3f, 1.6f });
		votes.setWidthPercentage(100);
		votes.setSpacingBefore(4);
		for (String heading : List.of("会审方", "意见", "理由", "会审人", "日期")) {
			votes.addCell(cell(heading, bold));
		}
		for (ReviewParty party : this.parties.all()) {
			ItemDetail.VoteView vote = round.get(party.id());
			votes.addCell(cell(party.name(), body));
			votes.addCell(cell((vote != null) ? vote.decisionLabel() : "待会审", body));
			votes.addCell(cell((vote != null && vote.reason() != null) ? vote.reason() : "—", body));
			votes.addCell(cell((vote != null) ? this.userNames.of(vote.voter()) : "—", body));
			votes.addCell(cell((vote != null) ? this.times.minute(vote.votedAt()) : "—", body));
		}
		document.add(votes);

		String result = (item.signedOffOn() != null) ? "已销号，销号日期 " + CHINESE_DATE.format(item.signedOffOn())
				: "尚未销号（" + item.stateLabel() + "）";
		Paragraph conclusion = new Paragraph("审批结果：" + result, body);
		conclusion.setSpacingBefore(10);
		LetterPdf.add(document, conclusion, Element.ALIGN_LEFT, 24);
		LetterPdf.add(document, new Paragraph(this.issuerName, body), Element.ALIGN_RIGHT, 20);
		LetterPdf.add(document, new Paragraph("本表由巡察整改管理平台根据会审记录生成", small), Element.ALIGN_LEFT, 0);
		document.close();
		return out.toByteArray();
	}

	private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
		table.addCell(cell(label, labelFont));
		table.addCell(cell(value, valueFont));
	}

	private static PdfPCell cell(String text, Font font) {
		Paragraph paragraph = LetterPdf.breakTheChineseWay(new Paragraph(text, font));
		PdfPCell cell = new PdfPCell(new Phrase());
		cell.addElement(paragraph);
		cell.setPadding(5);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		return cell;
	}

	private static String dash(String text) {
		return (text == null || text.isBlank()) ? "—" : text;
	}

}

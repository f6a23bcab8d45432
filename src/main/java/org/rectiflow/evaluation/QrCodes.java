package org.rectiflow.evaluation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * QR codes of the public links (ZXing) as PNG, and a printable A4 sheet of them (OpenPDF,
 * 3 × 4 per page, each with its address in ASCII; the Chinese sheet is the HTML page).
 */
final class QrCodes {

	private QrCodes() {
	}

	static BufferedImage image(String text, int size) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
			return MatrixToImageWriter.toBufferedImage(matrix);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("无法生成二维码 / cannot encode QR code", ex);
		}
	}

	static byte[] png(String text, int size) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image(text, size), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A sheet of QR codes, one per link, with a title in ASCII. */
	static byte[] pdf(String title, List<String> links) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 24, 24, 28, 28);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			Font small = FontFactory.getFont(FontFactory.COURIER, 6.5f);
			Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
			PdfPTable table = null;
			for (int i = 0; i < links.size(); i++) {
				if (i % 12 == 0) {
					if (table != null) {
						document.add(table);
						document.newPage();
					}
					document.add(new Paragraph(title + "  (" + (i / 12 + 1) + "/" + ((links.size() + 11) / 12) + ")",
							heading));
					table = new PdfPTable(3);
					table.setWidthPercentage(100);
					table.setSpacingBefore(8);
				}
				PdfPCell cell = new PdfPCell();
				cell.setPadding(6);
				cell.setFixedHeight(182);
				Image qr = Image.getInstance(png(links.get(i), 300));
				qr.scaleAbsolute(140, 140);
				qr.setAlignment(Element.ALIGN_CENTER);
				cell.addElement(qr);
				Paragraph address = new Paragraph(new Phrase(links.get(i), small));
				address.setAlignment(Element.ALIGN_CENTER);
				cell.addElement(address);
				table.addCell(cell);
			}
			if (table != null) {
				table.completeRow();
				document.add(table);
			}
			document.close();
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("无法生成二维码 PDF / cannot write the QR sheet", ex);
		}
		return out.toByteArray();
	}

}

package org.rectiflow.common;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks an uploaded .xlsx before Apache POI builds it in memory (issue 16, W12): the
 * file's parts are inflated as a stream, counting the bytes actually produced (not the
 * sizes the archive claims), and each worksheet's XML is read with StAX counting its rows
 * with values and its cells. A file over a limit is refused as soon as the limit is
 * passed, having held at most one buffer of it.
 */
final class SpreadsheetLimits {

	/** All parts of the file together, inflated. A 5,000-row import needs a few MB. */
	static final long MAX_EXPANDED_BYTES = 32L * 1024 * 1024;

	/** Parts of the archive: a workbook has a few dozen. */
	static final int MAX_ENTRIES = 1_000;

	/** Columns a row may hold on average, for the cell limit. */
	static final int MAX_CELLS_PER_ROW = 64;

	private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");

	private SpreadsheetLimits() {
	}

	/**
	 * @param file the uploaded bytes
	 * @param maxRows the most data rows the import accepts
	 * @throws ImportRejectedException when the file is over a limit
	 */
	static void check(byte[] file, int maxRows) {
		long maxCells = (long) (maxRows + 1) * MAX_CELLS_PER_ROW;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
			Counted counted = new Counted(zip);
			int entries = 0;
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					throw tooLarge();
				}
				if (SHEET.matcher(entry.getName()).matches()) {
					countSheet(counted, maxRows, maxCells);
				}
				counted.transferTo(OutputStreamSink.INSTANCE);
			}
		}
		catch (IOException | XMLStreamException ex) {
			// not a zip POI could read either: POI answers with its own message
		}
	}

	private static void countSheet(InputStream sheet, int maxRows, long maxCells) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XMLStreamReader xml = factory.createXMLStreamReader(new NotClosing(sheet));
		long rows = 0;
		long cells = 0;
		boolean rowHasValue = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (name.equals("row")) {
					rowHasValue = false;
				}
				else if (name.equals("c") && ++cells > maxCells) {
					throw tooManyCells(maxCells);
				}
				else if ((name.equals("v") || name.equals("is")) && !rowHasValue) {
					rowHasValue = true;
					// the heading row and maxRows data rows
					if (++rows > maxRows + 1) {
						throw Spreadsheet.tooManyRows(maxRows);
					}
				}
			}
		}
	}

	private static ImportRejectedException tooLarge() {
		return Spreadsheet.fileError("文件解压后超过 " + (MAX_EXPANDED_BYTES / 1024 / 1024)
				+ " MB，请删除无关的工作表、图片和格式后重新上传 / The file expands to more than " + (MAX_EXPANDED_BYTES / 1024 / 1024)
				+ " MB: remove other sheets, pictures and formatting, and upload it again");
	}

	private static ImportRejectedException tooManyCells(long maxCells) {
		return Spreadsheet.fileError("工作表的单元格超过 " + maxCells + " 个，请只保留需要导入的列和行 / The sheet has more than " + maxCells
				+ " cells: keep only the columns and rows to import");
	}

	/** Counts every byte inflated from the archive, over all its parts. */
	private static final class Counted extends FilterInputStream {

		private long total;

		Counted(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b != -1) {
				add(1);
			}
			return b;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			int n = super.read(bytes, offset, length);
			if (n > 0) {
				add(n);
			}
			return n;
		}

		private void add(long n) {
			this.total += n;
			if (this.total > MAX_EXPANDED_BYTES) {
				throw tooLarge();
			}
		}

		@Override
		public void close() {
			// the zip stream is closed by its owner
		}

	}

	private static final class NotClosing extends FilterInputStream {

		NotClosing(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}

	}

	private static final class OutputStreamSink extends java.io.OutputStream {

		static final OutputStreamSink INSTANCE = new OutputStreamSink();

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
		}

	}

}

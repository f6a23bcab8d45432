package org.rectiflow.rectification;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of evidence file accepted: images, PDF and Office documents. A file is
 * accepted when its extension names one of them, its first bytes are that kind's
 * signature, and the declared content type (if any) agrees, so a renamed executable or an
 * HTML page posing as a picture is refused.
 */
enum EvidenceTypes {

	JPEG("image/jpeg", List.of("jpg", "jpeg"), 0, bytes(0xFF, 0xD8, 0xFF)),
	PNG("image/png", List.of("png"), 0, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
	GIF("image/gif", List.of("gif"), 0, "GIF8".getBytes(StandardCharsets.US_ASCII)),
	WEBP("image/webp", List.of("webp"), 8, "WEBP".getBytes(StandardCharsets.US_ASCII)),
	BMP("image/bmp", List.of("bmp"), 0, "BM".getBytes(StandardCharsets.US_ASCII)),
	HEIC("image/heic", List.of("heic", "heif"), 4, "ftyp".getBytes(StandardCharsets.US_ASCII)),
	PDF("application/pdf", List.of("pdf"), 0, "%PDF-".getBytes(StandardCharsets.US_ASCII)),
	DOC("application/msword", List.of("doc"), 0, Signatures.OLE2),
	XLS("application/vnd.ms-excel", List.of("xls"), 0, Signatures.OLE2),
	PPT("application/vnd.ms-powerpoint", List.of("ppt"), 0, Signatures.OLE2),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), 0, Signatures.ZIP),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), 0, Signatures.ZIP),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"), 0,
			Signatures.ZIP);

	/** The largest file the database column holds; the setting must stay below it. */
	static final int COLUMN_CAPACITY = 100 * 1024 * 1024;

	private final String contentType;

	private final List<String> extensions;

	private final int offset;

	private final byte[] signature;

	EvidenceTypes(String contentType, List<String> extensions, int offset, byte[] signature) {
		this.contentType = contentType;
		this.extensions = extensions;
		this.offset = offset;
		this.signature = signature;
	}

	String contentType() {
		return this.contentType;
	}

	static Optional<EvidenceTypes> forFilename(String filename) {
		int dot = filename.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Stream.of(values()).filter((type) -> type.extensions.contains(extension)).findFirst();
	}

	boolean matchesContent(byte[] content) {
		if (content.length < this.offset + this.signature.length) {
			return false;
		}
		return Arrays.equals(content, this.offset, this.offset + this.signature.length, this.signature, 0,
				this.signature.length);
	}

	/**
	 * Whether a browser's declared type fits: absent, generic, or the same kind.
	 */
	boolean acceptsDeclared(String declared) {
		if (declared == null || declared.isBlank()) {
			return true;
		}
		String type = declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
		return type.equals(this.contentType) || type.equals("application/octet-stream")
				|| (this == JPEG && type.equals("image/pjpeg")) || (this == HEIC && type.equals("image/heif"))
				|| (this == PNG && type.equals("image/x-png"));
	}

	static String allowedExtensions() {
		return Stream.of(values()).flatMap((type) -> type.extensions.stream()).collect(Collectors.joining(", "));
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	private static final class Signatures {

		static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);

		static final byte[] ZIP = bytes('P', 'K', 0x03, 0x04);

	}

}

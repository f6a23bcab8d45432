package org.rectiflow.rectification;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of items. Only the item's own unit adds evidence, and only while it is
 * rectifying the item (整改中 or 被退回); anyone who may read the item may read its evidence.
 * Adding evidence is an input to the process's next step, not a state change.
 */
@Service
public class EvidenceStore {

	private final LedgerQueries queries;

	private final EvidenceAttachmentRepository attachments;

	private final EvidenceContentStore contents;

	private final EvidenceProperties properties;

	private final BusinessDate clock;

	EvidenceStore(LedgerQueries queries, EvidenceAttachmentRepository attachments, EvidenceContentStore contents,
			EvidenceProperties properties, BusinessDate clock) {
		this.queries = queries;
		this.attachments = attachments;
		this.contents = contents;
		this.properties = properties;
		this.clock = clock;
	}

	private void checkSize(long size) {
		if (size > this.properties.maxSize().toBytes()) {
			throw new EvidenceTooLargeException(size, this.properties.maxSize());
		}
	}

	/**
	 * Adds an evidence file to an item. The caller's access and the item's state are
	 * checked before the file's bytes are read.
	 */
	@Transactional
	public EvidenceAttachment attach(Long itemId, CurrentUser user, String originalFilename, String declaredType,
			long size, InputStreamSource source) throws IOException {
		RectificationItem item = this.queries.get(itemId, user);
		if (!user.inGroup(item.getUnitGroup())) {
			throw new AccessRefusedException("只有责任单位（" + item.getUnitName() + "）可以上传本事项的佐证材料 / Only "
					+ item.getUnitGroup() + " may add evidence to item " + itemId);
		}
		if (!item.getState().isBeingRectified()) {
			throw ItemAction.ATTACH.refused(itemId, item.getState());
		}
		checkSize(size);
		byte[] content;
		try (InputStream in = source.getInputStream()) {
			content = in.readNBytes((int) this.properties.maxSize().toBytes() + 1);
		}
		checkSize(content.length);
		if (content.length == 0) {
			throw new IllegalArgumentException("文件为空 / The file is empty");
		}
		String filename = cleanFilename(originalFilename);
		EvidenceTypes type = EvidenceTypes.forFilename(filename)
			.orElseThrow(() -> new IllegalArgumentException("不支持的文件类型「" + filename + "」，只接受图片、PDF 和 Office 文档："
					+ EvidenceTypes.allowedExtensions() + " / Allowed types: " + EvidenceTypes.allowedExtensions()));
		if (!type.acceptsDeclared(declaredType) || !type.matchesContent(content)) {
			throw new IllegalArgumentException("文件「" + filename + "」的内容与扩展名不符，请上传原始文件 / The content of " + filename
					+ " is not a " + type.name() + " file");
		}
		EvidenceAttachment attachment = this.attachments.save(new EvidenceAttachment(itemId, filename,
				type.contentType(), content.length, sha256(content), user.userId(), this.clock.now()));
		this.contents.put(attachment.getId(), content);
		return attachment;
	}

	@Transactional(readOnly = true)
	public Download download(Long itemId, Long attachmentId, CurrentUser user) {
		this.queries.get(itemId, user);
		EvidenceAttachment attachment = this.attachments.findByIdAndItemId(attachmentId, itemId)
			.orElseThrow(() -> new RecordNotFoundException("佐证材料 / attachment", attachmentId));
		byte[] content = this.contents.get(attachmentId)
			.orElseThrow(() -> new RecordNotFoundException("佐证材料 / attachment", attachmentId));
		return new Download(attachment, content);
	}

	/** How many evidence files an item has. */
	@Transactional(readOnly = true)
	public long count(Long itemId) {
		return this.attachments.countByItemId(itemId);
	}

	/**
	 * Removes an evidence file: only its uploader, and only while the item is being
	 * rectified (before the step that hands it in is completed).
	 */
	@Transactional
	public void remove(Long itemId, Long attachmentId, CurrentUser user) {
		RectificationItem item = this.queries.get(itemId, user);
		EvidenceAttachment attachment = this.attachments.findByIdAndItemId(attachmentId, itemId)
			.orElseThrow(() -> new RecordNotFoundException("佐证材料 / attachment", attachmentId));
		if (!user.userId().equals(attachment.getUploadedBy())) {
			throw new AccessRefusedException(
					"只能删除自己上传的佐证材料 / Only the uploader may remove " + attachment.getFilename());
		}
		if (!item.getState().isBeingRectified()) {
			throw ItemAction.ATTACH.refused(itemId, item.getState());
		}
		this.contents.remove(attachmentId);
		this.attachments.delete(attachment);
	}

	/** A file name without any path a browser may send, control characters or excess. */
	static String cleanFilename(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			throw new IllegalArgumentException("请提供文件名 / The file needs a name");
		}
		if (name.length() > 255) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, 255 - extension.length()) + extension;
		}
		return name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An evidence file to send. */
	public record Download(EvidenceAttachment attachment, byte[] content) {

	}

}

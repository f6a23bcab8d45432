package org.rectiflow.rectification;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rectiflow.identity.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files (佐证材料) of a ledger item: upload by the item's unit, download by readers.
 */
@RestController
@RequestMapping("/api/ledger/{id}/attachments")
@Tag(name = "整改台账 / Rectification ledger")
class LedgerAttachmentController {

	private final EvidenceStore evidence;

	LedgerAttachmentController(EvidenceStore evidence) {
		this.evidence = evidence;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传佐证材料 / Upload evidence (the item's own unit, while rectifying)",
			description = "接受图片(jpg, png, gif, webp, bmp, heic)、PDF 和 Office 文档(doc, docx, xls, xlsx, ppt, pptx)，"
					+ "大小上限见 rectiflow.evidence.max-size(默认 10MB)。")
	ResponseEntity<ItemDetail.AttachmentView> upload(@PathVariable Long id, @RequestPart("file") MultipartFile file)
			throws java.io.IOException {
		EvidenceAttachment attachment = this.evidence.attach(id, CurrentUser.get(), file.getOriginalFilename(),
				file.getContentType(), file.getSize(), file);
		ItemDetail.AttachmentView view = ItemDetail.AttachmentView.of(attachment);
		return ResponseEntity.created(URI.create(view.downloadPath())).body(view);
	}

	@GetMapping("/{attachmentId}")
	@Operation(summary = "下载佐证材料 / Download an evidence file")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId) {
		EvidenceStore.Download download = this.evidence.download(id, attachmentId, CurrentUser.get());
		EvidenceAttachment attachment = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.contentLength(download.content().length)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDispositions.attachment(attachment.getFilename(), "evidence-" + attachment.getId()))
			.body(download.content());
	}

}

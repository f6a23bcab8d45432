package org.rectiflow.common;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest upload the server reads ({@code spring.servlet.multipart.max-file-size} and
 * {@code max-request-size}), as people write it (20MB), for the messages of an upload
 * over the limit; pages read it as {@code @uploadLimits}.
 */
@Component("uploadLimits")
public class UploadLimits {

	private final MultipartProperties multipart;

	UploadLimits(MultipartProperties multipart) {
		this.multipart = multipart;
	}

	/** The largest file, e.g. 20MB. */
	public String fileSize() {
		return text(this.multipart.getMaxFileSize());
	}

	/** The largest request, all files and fields together, e.g. 25MB. */
	public String requestSize() {
		return text(this.multipart.getMaxRequestSize());
	}

	/** What a user reads when an upload is refused for its size. */
	public String message() {
		return "单个文件不能超过 " + fileSize() + "，一次上传合计不能超过 " + requestSize() + "；请压缩或拆分后重新上传 / A file may be at most "
				+ fileSize() + " and one upload at most " + requestSize() + ": compress or split it and upload again";
	}

	private static String text(DataSize size) {
		if (size == null || size.toBytes() < 0) {
			return "不限 / unlimited";
		}
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + "MB";
		}
		return (bytes >= 1024) ? size.toKilobytes() + "KB" : bytes + "B";
	}

}

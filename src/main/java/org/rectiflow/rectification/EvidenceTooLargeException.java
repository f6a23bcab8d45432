package org.rectiflow.rectification;

import org.rectiflow.common.ApiExceptionHandler;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/** An evidence file above the size limit: 413 with the limit in the message. */
class EvidenceTooLargeException extends ErrorResponseException {

	EvidenceTooLargeException(long size, DataSize limit) {
		super(HttpStatus.PAYLOAD_TOO_LARGE,
				ApiExceptionHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大 / File too large",
						"佐证材料不能超过 " + limit.toMegabytes() + "MB（本文件 " + megabytes(size)
								+ "MB），请压缩后再上传 / Evidence files may be at most " + limit.toMegabytes()
								+ "MB; this one is " + megabytes(size) + "MB"),
				null);
	}

	private static String megabytes(long size) {
		return String.format("%.1f", size / 1024.0 / 1024.0);
	}

}

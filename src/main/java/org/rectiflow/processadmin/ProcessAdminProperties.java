package org.rectiflow.processadmin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the process-version console ({@code rectiflow.process-admin.*}).
 *
 * @param maxFileSize the largest {@code .bpmn} or {@code .form} file accepted from the
 * page (default 2MB; the real models are below 200KB)
 * @param maxFiles the most files in one upload (default 60)
 * @param previewLimit how many running instances a migration preview checks one by one
 * (default 200; the rest are counted, and checked by the batch itself)
 */
@ConfigurationProperties("rectiflow.process-admin")
record ProcessAdminProperties(@DefaultValue("2MB") DataSize maxFileSize, @DefaultValue("60") int maxFiles,
		@DefaultValue("200") int previewLimit) {

	/** The file size limit as people write it: 2MB, 512KB. */
	String maxFileSizeText() {
		long bytes = this.maxFileSize.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return this.maxFileSize.toMegabytes() + "MB";
		}
		return (bytes >= 1024) ? this.maxFileSize.toKilobytes() + "KB" : bytes + "B";
	}

}

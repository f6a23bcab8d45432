package org.rectiflow.rectification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of evidence attachments ({@code rectiflow.evidence.*}).
 *
 * @param maxSize the largest file accepted (default 10MB); keep it below
 * {@code spring.servlet.multipart.max-file-size} (20MB) so that the user gets this
 * module's message
 */
@ConfigurationProperties("rectiflow.evidence")
public record EvidenceProperties(@DefaultValue("10MB") DataSize maxSize) {

	public EvidenceProperties {
		if (maxSize.toBytes() <= 0 || maxSize.toBytes() > EvidenceTypes.COLUMN_CAPACITY) {
			throw new IllegalArgumentException("rectiflow.evidence.max-size must be between 1B and "
					+ DataSize.ofBytes(EvidenceTypes.COLUMN_CAPACITY).toMegabytes() + "MB");
		}
	}

}

package org.rectiflow.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rectiflow.supervision.*}: how letters are numbered and signed.
 *
 * @param numberPrefix what comes before the kind in a letter's number, e.g. 示范县巡整 gives
 * 示范县巡整督〔2026〕第3号
 * @param issuerName the office that signs the letters
 */
@ConfigurationProperties("rectiflow.supervision")
record SupervisionProperties(String numberPrefix, String issuerName) {

	SupervisionProperties {
		numberPrefix = (numberPrefix == null || numberPrefix.isBlank()) ? "巡整" : numberPrefix.strip();
		issuerName = (issuerName == null || issuerName.isBlank()) ? "巡察工作领导小组办公室" : issuerName.strip();
	}

}

package org.rectiflow.rectification;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The parties of the review (四方会审) as settings: a county that adds a fifth reviewer adds
 * a party here and its review task to {@code rectification-item} (docs/decisions/0031).
 *
 * @param parties the parties, in any order (each carries its own)
 */
@ConfigurationProperties("rectiflow.review")
record ReviewSettings(List<ReviewParty> parties) {

	ReviewSettings {
		parties = (parties != null) ? List.copyOf(parties) : List.of();
	}

}

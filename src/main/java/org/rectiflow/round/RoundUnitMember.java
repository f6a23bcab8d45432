package org.rectiflow.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A cadre planned for the team of a unit in a round, checked for recusal when added and
 * again when the inspection starts.
 *
 * @param cadreId the cadre
 * @param role the role on the team
 */
@Embeddable
record RoundUnitMember(@Column(name = "cadre_id", nullable = false) Long cadreId,
		@Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 16) TeamRole role) {

}

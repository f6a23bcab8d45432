package org.rectiflow.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A recorded relation of a cadre to the leaders of a unit (kinship, close interest),
 * which bars the cadre from inspecting that unit.
 *
 * @param unitCode the unit whose leaders the cadre is related to
 * @param note what the relation is, e.g. 与该村党支部书记系兄弟
 */
@Embeddable
public record CadreRelation(@Column(name = "unit_code", nullable = false, length = 32) String unitCode,
		@Column(name = "note", length = 200) String note) {

}

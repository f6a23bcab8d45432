package org.rectiflow.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A recorded relation of a cadre to the leaders of a unit (kinship, close interest),
 * which bars the cadre from inspecting that unit.
 *
 * @param unitCode the unit whose leaders the cadre is related to
 * @param note what the relation is, e.g. 与该村党支部书记系兄弟
 * @param kind kin, former post in the unit, interest or other
 */
@Embeddable
public record CadreRelation(@Column(name = "unit_code", nullable = false, length = 32) String unitCode,
		@Column(name = "note", length = 200) String note,
		@Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 16) CadreRelationKind kind) {

	public CadreRelation {
		kind = (kind != null) ? kind : CadreRelationKind.OTHER;
	}

	/** A relation of kind {@link CadreRelationKind#OTHER}. */
	public CadreRelation(String unitCode, String note) {
		this(unitCode, note, CadreRelationKind.OTHER);
	}

}

package org.rectiflow.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import org.rectiflow.unit.UnitScope;
import org.rectiflow.unit.UnitScoped;

/**
 * A record made during an inspection (a finding, an immediate fix, a clue, a
 * recommendation): the inspection it belongs to and that inspection's scope, copied so
 * that lists filter without joins.
 */
@MappedSuperclass
public abstract class InspectionRecord implements UnitScoped {

	@Column(nullable = false)
	private Long inspectionId;

	@Embedded
	private UnitScope scope;

	protected InspectionRecord() {
	}

	protected InspectionRecord(Inspection inspection) {
		this.inspectionId = inspection.getId();
		this.scope = inspection.getScope().copy();
	}

	public Long getInspectionId() {
		return this.inspectionId;
	}

	@Override
	public UnitScope getScope() {
		return this.scope;
	}

}

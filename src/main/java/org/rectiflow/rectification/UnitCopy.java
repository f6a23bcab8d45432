package org.rectiflow.rectification;

import org.rectiflow.unit.InspectedUnit;

/** The unit and township fields an item keeps a copy of. */
record UnitCopy(Long id, String code, String name, String group, String townshipCode, String townshipName,
		String townshipGroup) {

	static UnitCopy of(InspectedUnit unit) {
		InspectedUnit township = (unit.getTownship() != null) ? unit.getTownship() : unit;
		return new UnitCopy(unit.getId(), unit.getCode(), unit.getName(), unit.getGroupId(), township.getCode(),
				township.getName(), unit.getTownshipGroupId());
	}

}

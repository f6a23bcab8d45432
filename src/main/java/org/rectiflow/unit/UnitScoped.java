package org.rectiflow.unit;

/**
 * A record of an inspection that carries its {@link UnitScope}; the scope's fields read
 * as the record's own, as the API and the pages have always shown them.
 */
public interface UnitScoped {

	UnitScope getScope();

	default String getUnitCode() {
		return getScope().getUnitCode();
	}

	default String getUnitName() {
		return getScope().getUnitName();
	}

	default String getUnitGroupId() {
		return getScope().getUnitGroupId();
	}

	default String getTownshipGroupId() {
		return getScope().getTownshipGroupId();
	}

	default String getTeamGroupId() {
		return getScope().getTeamGroupId();
	}

}

package org.rectiflow.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads inspected units for other modules; their table stays this module's. */
@Service
@Transactional(readOnly = true)
public class Units {

	private final InspectedUnitRepository units;

	Units(InspectedUnitRepository units) {
		this.units = units;
	}

	/** The unit with its township. */
	public Optional<InspectedUnit> byCode(String code) {
		return (code != null) ? this.units.findByCode(code) : Optional.empty();
	}

	public Optional<InspectedUnit> byGroupId(String groupId) {
		return (groupId != null) ? this.units.findByGroupId(groupId) : Optional.empty();
	}

	public List<InspectedUnit> byCodes(Collection<String> codes) {
		return this.units.findByCodeIn(codes);
	}

	/**
	 * Every unit, townships first, then villages and communities, each by code (for
	 * choosing one).
	 */
	public List<InspectedUnit> all() {
		List<InspectedUnit> all = new java.util.ArrayList<>(this.units.findByKindOrderByCode(UnitKind.TOWNSHIP));
		for (InspectedUnit township : List.copyOf(all)) {
			all.addAll(this.units.findByTownshipOrderByCode(township));
		}
		return all;
	}

}

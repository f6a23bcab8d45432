package org.rectiflow.unit;

import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates inspected units; every creation announces itself with {@link UnitRegistered}.
 */
@Service
public class UnitRegistry {

	private final InspectedUnitRepository units;

	private final ApplicationEventPublisher events;

	UnitRegistry(InspectedUnitRepository units, ApplicationEventPublisher events) {
		this.units = units;
		this.events = events;
	}

	@Transactional
	public InspectedUnit registerTownship(String code, String name) {
		return announce(this.units.save(InspectedUnit.township(code, name)));
	}

	@Transactional
	public InspectedUnit registerVillage(String townshipCode, String code, String name, UnitKind kind,
			UnitPriority priority, Set<UnitCategory> categories) {
		InspectedUnit township = this.units.findByCode(townshipCode)
			.filter((unit) -> unit.getKind() == UnitKind.TOWNSHIP)
			.orElseThrow(() -> new IllegalArgumentException("未知乡镇 / unknown township: " + townshipCode));
		return announce(this.units.save(InspectedUnit.village(township, code, name, kind, priority, categories)));
	}

	@Transactional
	public void recordInspection(String code, java.time.LocalDate date) {
		this.units.findByCode(code).ifPresent((unit) -> unit.inspectedOn(date));
	}

	/**
	 * Records that an inspection of the unit began on the given day, unless a later one
	 * is already recorded.
	 * @param code the unit's code
	 * @param date the day the team entered
	 */
	@Transactional
	public void recordInspectionIfLater(String code, java.time.LocalDate date) {
		this.units.findByCode(code)
			.filter((unit) -> unit.getLastInspectedOn() == null || unit.getLastInspectedOn().isBefore(date))
			.ifPresent((unit) -> unit.inspectedOn(date));
	}

	/**
	 * Takes an import row's name, classification and (when later) last inspection date.
	 * @return whether anything changed
	 */
	boolean update(InspectedUnit unit, String name, UnitPriority priority, Set<UnitCategory> categories,
			java.time.LocalDate lastInspectedOn) {
		boolean changed = unit.reclassify(name, priority, categories);
		if (lastInspectedOn != null
				&& (unit.getLastInspectedOn() == null || unit.getLastInspectedOn().isBefore(lastInspectedOn))) {
			unit.inspectedOn(lastInspectedOn);
			changed = true;
		}
		return changed;
	}

	private InspectedUnit announce(InspectedUnit unit) {
		this.events.publishEvent(new UnitRegistered(unit.getCode(), unit.getName(), unit.getKind(), unit.getGroupId(),
				unit.getTownshipGroupId()));
		return unit;
	}

}

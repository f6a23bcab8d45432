/**
 * Inspected units (被巡察对象): townships, villages and communities with their classification,
 * the demo county, the Excel import of units and the inspection term. Other modules read
 * units through {@link org.rectiflow.unit.Units} and
 * {@link org.rectiflow.unit.UnitOverview}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspected units",
		allowedDependencies = { "cluster", "common", "identity" })
package org.rectiflow.unit;

package org.rectiflow.unit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rectiflow.cluster.ClusterLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.rectiflow.unit.UnitCategory.CONFLICT_PRONE;
import static org.rectiflow.unit.UnitCategory.PETITION_HEAVY;
import static org.rectiflow.unit.UnitCategory.RESOURCE_RICH;
import static org.rectiflow.unit.UnitCategory.URBAN_COMMUNITY;
import static org.rectiflow.unit.UnitCategory.WEAK_AND_LAX;
import static org.rectiflow.unit.UnitKind.COMMUNITY;
import static org.rectiflow.unit.UnitKind.VILLAGE;
import static org.rectiflow.unit.UnitPriority.KEY;
import static org.rectiflow.unit.UnitPriority.ORDINARY;

/**
 * Loads the demo county (3 townships, 20 villages and communities) into an empty
 * database. A database that already has units is left alone, so a restart never loads it
 * twice.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "rectiflow.demo.enabled", havingValue = "true")
class DemoCountyLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCountyLoader.class);

	private final InspectedUnitRepository units;

	private final UnitRegistry registry;

	private final ClusterLock clusterLock;

	DemoCountyLoader(InspectedUnitRepository units, UnitRegistry registry, ClusterLock clusterLock) {
		this.clusterLock = clusterLock;
		this.units = units;
		this.registry = registry;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// One node at a time: a second node starting together finds everything made.
		this.clusterLock.lockUntilCommit(ClusterLock.STARTUP);
		if (this.units.count() > 0) {
			return;
		}
		township("T01", "青山镇");
		village("T01", "T01V01", "青山村", VILLAGE, KEY, EnumSet.of(RESOURCE_RICH), "2021-05-10");
		village("T01", "T01V02", "石桥村", VILLAGE, ORDINARY, Set.of(), "2021-05-10");
		village("T01", "T01V03", "柳树湾村", VILLAGE, ORDINARY, Set.of(), "2021-09-06");
		village("T01", "T01V04", "新田村", VILLAGE, KEY, EnumSet.of(CONFLICT_PRONE, PETITION_HEAVY), "2021-09-06");
		village("T01", "T01V05", "大坪村", VILLAGE, ORDINARY, Set.of(), null);
		village("T01", "T01V06", "白果村", VILLAGE, ORDINARY, Set.of(), "2022-03-14");
		village("T01", "T01V07", "龙潭村", VILLAGE, KEY, EnumSet.of(RESOURCE_RICH), "2022-03-14");
		township("T02", "河西乡");
		village("T02", "T02V01", "河西村", VILLAGE, ORDINARY, Set.of(), "2021-06-21");
		village("T02", "T02V02", "沙坝村", VILLAGE, KEY, EnumSet.of(WEAK_AND_LAX), "2021-06-21");
		village("T02", "T02V03", "杨家村", VILLAGE, ORDINARY, Set.of(), "2022-04-11");
		village("T02", "T02V04", "高岭村", VILLAGE, ORDINARY, Set.of(), null);
		village("T02", "T02V05", "桃花村", VILLAGE, ORDINARY, Set.of(), "2022-04-11");
		village("T02", "T02V06", "石门村", VILLAGE, KEY, EnumSet.of(CONFLICT_PRONE), "2022-08-29");
		village("T02", "T02V07", "双河村", VILLAGE, ORDINARY, Set.of(), "2022-08-29");
		township("T03", "城关街道");
		village("T03", "T03C01", "东街社区", COMMUNITY, ORDINARY, EnumSet.of(URBAN_COMMUNITY), "2021-10-18");
		village("T03", "T03C02", "西街社区", COMMUNITY, ORDINARY, EnumSet.of(URBAN_COMMUNITY), "2021-10-18");
		village("T03", "T03C03", "南苑社区", COMMUNITY, KEY, EnumSet.of(URBAN_COMMUNITY, CONFLICT_PRONE), "2022-05-16");
		village("T03", "T03C04", "北城社区", COMMUNITY, ORDINARY, EnumSet.of(URBAN_COMMUNITY), null);
		village("T03", "T03C05", "滨江社区", COMMUNITY, ORDINARY, EnumSet.of(URBAN_COMMUNITY), "2022-05-16");
		village("T03", "T03V06", "城南村", VILLAGE, ORDINARY, Set.of(), "2022-10-24");
		log.info("Loaded the demo county: {} units", this.units.count());
	}

	private void township(String code, String name) {
		this.registry.registerTownship(code, name);
	}

	private void village(String township, String code, String name, UnitKind kind, UnitPriority priority,
			Set<UnitCategory> categories, String lastInspected) {
		this.registry.registerVillage(township, code, name, kind, priority, categories);
		if (lastInspected != null) {
			this.registry.recordInspection(code, LocalDate.parse(lastInspected));
		}
	}

}

package org.rectiflow.unit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Unique;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The unit list: filters, paging, the term warning and who sees which unit. */
@ApiTest
class UnitApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UnitRegistry registry;

	private String township;

	@BeforeEach
	void aTownshipWithFourVillages() {
		this.township = Unique.code("T");
		this.registry.registerTownship(this.township, "测试镇");
		village("V1", "一村", UnitPriority.KEY, EnumSet.of(UnitCategory.RESOURCE_RICH), "2023-05-01");
		village("V2", "二村", UnitPriority.ORDINARY, Set.of(), null);
		village("V3", "三村", UnitPriority.ORDINARY, Set.of(), "2019-06-01");
		village("V4", "四村", UnitPriority.KEY, EnumSet.of(UnitCategory.CONFLICT_PRONE), "2024-01-10");
	}

	@Test
	void filtersAndPaging() throws Exception {
		this.mvc
			.perform(get("/api/units").param("township", this.township)
				.param("kind", "VILLAGE")
				.param("size", "3")
				.param("sort", "name,desc")
				.with(httpBasic("inspection-office", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(4))
			.andExpect(jsonPath("$.page.totalPages").value(2))
			.andExpect(jsonPath("$.content.length()").value(3));
		this.mvc
			.perform(get("/api/units").param("township", this.township)
				.param("priority", "KEY")
				.param("category", "CONFLICT_PRONE")
				.with(httpBasic("inspection-office", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].name").value("四村"))
			.andExpect(jsonPath("$.content[0].priorityLabel").value("重点"))
			.andExpect(jsonPath("$.content[0].categoryLabels[0]").value("矛盾问题突出"));
	}

	@Test
	void unitsNotInspectedInTheTermCarryAWarning() throws Exception {
		this.mvc
			.perform(get("/api/units").param("township", this.township)
				.param("kind", "VILLAGE")
				.param("notInspectedInTerm", "true")
				.param("sort", "name")
				.with(httpBasic("inspection-office", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].notInspectedInTerm").value(true))
			.andExpect(jsonPath("$.content[0].warning").value(containsString("尚未巡察")));
		this.mvc.perform(get("/api/units/" + this.township + "V1").with(httpBasic("inspection-office", "demo")))
			.andExpect(jsonPath("$.notInspectedInTerm").value(false))
			.andExpect(jsonPath("$.warning").doesNotExist());
	}

	@Test
	void aVillageSeesItselfATownshipItsVillagesAndNobodyElsesUnits() throws Exception {
		String own = "village-" + this.township.toLowerCase() + "v1";
		this.mvc.perform(get("/api/units").param("township", this.township).with(httpBasic(own, "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		this.mvc.perform(get("/api/units/" + this.township + "V2").with(httpBasic(own, "demo")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/units").param("township", this.township)
				.with(httpBasic("township-" + this.township.toLowerCase(), "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(5));
		this.mvc.perform(get("/api/units").param("township", this.township).with(httpBasic("township-t01", "demo")))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		this.mvc.perform(get("/api/units/" + this.township + "V1").with(httpBasic("dept-agriculture", "demo")))
			.andExpect(status().isNotFound());
	}

	private void village(String suffix, String name, UnitPriority priority, Set<UnitCategory> categories,
			String lastInspected) {
		this.registry.registerVillage(this.township, this.township + suffix, name, UnitKind.VILLAGE, priority,
				categories);
		if (lastInspected != null) {
			this.registry.recordInspection(this.township + suffix, LocalDate.parse(lastInspected));
		}
	}

}

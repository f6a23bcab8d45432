package org.rectiflow.unit;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Unique;
import org.rectiflow.support.Xlsx;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing units from .xlsx: all or nothing, every bad row named, idempotent by code.
 */
@ApiTest
class UnitImportTests {

	static final String[] HEADER = { "乡镇编码", "编码", "名称", "类型(村/社区/乡镇)", "分类(重点/一般)", "类别", "上次巡察日期" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private InspectedUnitRepository units;

	@Autowired
	private IdentityService identity;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void aGoodFileRegistersTownshipsVillagesAndCommunitiesWithTheirGroupsAndClassification() throws Exception {
		String t = Unique.code("T");
		String v1 = t + "V01";
		String c2 = t + "C02";
		upload("inspection-office",
				Xlsx.of(HEADER, row("", t, "新桥镇", "乡镇", "", "", ""),
						row(t, v1, "新桥村", "村", "重点", "资源资产富集, 矛盾问题突出", "2022-04-01"),
						row(t, c2, "新桥社区", "社区", "一般", "城市社区", "")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(0));
		this.transaction.executeWithoutResult((status) -> {
			InspectedUnit village = this.units.findByCode(v1).orElseThrow();
			assertThat(village.getName()).isEqualTo("新桥村");
			assertThat(village.getPriority()).isEqualTo(UnitPriority.KEY);
			assertThat(village.getCategories()).containsExactlyInAnyOrder(UnitCategory.RESOURCE_RICH,
					UnitCategory.CONFLICT_PRONE);
			assertThat(village.getLastInspectedOn()).hasToString("2022-04-01");
			assertThat(village.getTownshipGroupId()).isEqualTo("township-" + t.toLowerCase());
			assertThat(this.units.findByCode(c2).orElseThrow().getKind()).isEqualTo(UnitKind.COMMUNITY);
		});
		assertThat(this.identity.createGroupQuery().groupId("village-" + v1.toLowerCase()).singleResult().getName())
			.isEqualTo("新桥村党组织");
		assertThat(this.identity.createGroupQuery().groupId("township-" + t.toLowerCase()).count()).isOne();
	}

	@Test
	void theSameFileAgainChangesNothingAndAChangedRowUpdatesItsUnit() throws Exception {
		String t = Unique.code("T");
		byte[] file = Xlsx.of(HEADER, row("", t, "白马乡", "乡镇", "", "", ""),
				row(t, t + "V01", "白马村", "村", "一般", "", "2021-03-02"));
		upload("inspection-office", file).andExpect(jsonPath("$.created").value(2));
		long count = this.units.count();
		upload("inspection-office", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
		assertThat(this.units.count()).isEqualTo(count);
		upload("inspection-office",
				Xlsx.of(HEADER, row("", t, "白马乡", "乡镇", "", "", ""),
						row(t, t + "V01", "白马新村", "村", "重点", "软弱涣散", "2020-01-01")))
			.andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.unchanged").value(1));
		this.transaction.executeWithoutResult((status) -> {
			InspectedUnit village = this.units.findByCode(t + "V01").orElseThrow();
			assertThat(village.getName()).isEqualTo("白马新村");
			assertThat(village.getPriority()).isEqualTo(UnitPriority.KEY);
			assertThat(village.getCategories()).containsExactly(UnitCategory.WEAK_AND_LAX);
			// an earlier date never replaces a later one
			assertThat(village.getLastInspectedOn()).hasToString("2021-03-02");
		});
		assertThat(this.units.count()).isEqualTo(count);
	}

	@Test
	void aFileWithBadRowsImportsNothingAndNamesEveryRowColumnAndReason() throws Exception {
		String t = Unique.code("T");
		String good = t + "V01";
		upload("inspection-office",
				Xlsx.of(HEADER, row("", t, "好乡", "乡镇", "", "", ""), row(t, good, "好村", "村", "一般", "", ""),
						row("NOPE", t + "V02", "孤村", "村", "一般", "", ""), row(t, t + "V03", "怪村", "村庄", "一般", "", ""),
						row(t, t + "V04", "级村", "村", "特级", "", ""), row(t, t + "V05", "类村", "村", "一般", "富裕", ""),
						row(t, t + "V06", "期村", "村", "一般", "", "去年"), row(t, good, "重码村", "村", "一般", "", ""),
						row(t, t + "V08", "", "村", "一般", "", ""), row(t, "T01V01", "青山村", "社区", "一般", "", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("导入失败 / Import refused"))
			.andExpect(jsonPath("$.detail").value(containsString("未导入任何数据")))
			.andExpect(jsonPath("$.errors.length()").value(8))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].column").value("乡镇编码"))
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("乡镇 NOPE 不存在")))
			.andExpect(jsonPath("$.errors[1].row").value(5))
			.andExpect(jsonPath("$.errors[1].column").value("类型"))
			.andExpect(jsonPath("$.errors[2].row").value(6))
			.andExpect(jsonPath("$.errors[2].column").value("分类"))
			.andExpect(jsonPath("$.errors[3].row").value(7))
			.andExpect(jsonPath("$.errors[3].reason").value(containsString("富裕")))
			.andExpect(jsonPath("$.errors[4].column").value("上次巡察日期"))
			.andExpect(jsonPath("$.errors[5].row").value(9))
			.andExpect(jsonPath("$.errors[5].reason").value(containsString("第 3 行")))
			.andExpect(jsonPath("$.errors[6].column").value("名称"))
			.andExpect(jsonPath("$.errors[7].row").value(11))
			.andExpect(jsonPath("$.errors[7].reason").value(containsString("类型不能修改")));
		assertThat(this.units.findByCode(t)).isEmpty();
		assertThat(this.units.findByCode(good)).isEmpty();
		assertThat(this.identity.createGroupQuery().groupId("village-" + good.toLowerCase()).count()).isZero();
	}

	@Test
	void aFileThatIsNoSpreadsheetOrLacksAColumnIsRefusedWithTheReason() throws Exception {
		upload("inspection-office", "编码,名称\nX,Y".getBytes()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].row").value(0))
			.andExpect(jsonPath("$.errors[0].reason").value(containsString(".xlsx")));
		upload("inspection-office", Xlsx.of(new String[] { "编码", "名称" }, new String[] { "X1", "Y" }))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].column", hasItem("类型")));
	}

	@Test
	void onlyTheInspectionOfficeImportsUnits() throws Exception {
		upload("township-t01", Xlsx.of(HEADER, row("", Unique.code("T"), "某乡", "乡镇", "", "", "")))
			.andExpect(status().isForbidden());
	}

	private ResultActions upload(String user, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/units/import")
			.file(new MockMultipartFile("file", "units.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
			.with(httpBasic(user, "demo")));
	}

	static String[] row(String... cells) {
		return cells;
	}

}

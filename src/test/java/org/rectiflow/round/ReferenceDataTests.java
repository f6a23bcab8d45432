package org.rectiflow.round;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Unique;
import org.rectiflow.support.Xlsx;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitCategory;
import org.rectiflow.unit.UnitClassificationChange;
import org.rectiflow.unit.UnitClassifications;
import org.rectiflow.unit.UnitPriority;
import org.rectiflow.unit.Units;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reference data (issue 18): the refusals (a duplicate code in an import, an empty
 * reason, a change to a published checklist version) write nothing; a classification's
 * history is kept; checklist versions are copied, published and kept by the rounds that
 * started with them.
 */
@ApiTest
class ReferenceDataTests {

	static final String[] HEADER = { "乡镇编码", "编码", "名称", "类型", "分类", "类别", "上次巡察日期" };

	static final CurrentUser VILLAGE = new CurrentUser("village-t01v01", Set.of("village-t01v01"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Units units;

	@Autowired
	private UnitClassifications classifications;

	@Autowired
	private ChecklistVersions versions;

	@Autowired
	private ChecklistCatalogue catalogue;

	@Autowired
	private RoundFixtures fixtures;

	@Autowired
	private Cadres cadres;

	@Test
	void anImportWithADuplicateCodeImportsNothingAndNamesEveryBadRow() throws Exception {
		String t = Unique.code("T");
		byte[] file = Xlsx.of(HEADER, new String[] { "", t, "重复镇", "乡镇", "", "", "" },
				new String[] { t, t + "V01", "甲村", "村", "一般", "", "" },
				new String[] { t, t + "V01", "乙村", "村", "重点", "", "" },
				new String[] { t, t + "V03", "丙村", "村庄", "一般", "", "" });
		this.mvc
			.perform(multipart("/api/units/import")
				.file(new MockMultipartFile("file", "units.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
				.with(httpBasic("inspection-office", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("未导入任何数据")))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("编码与第 3 行重复")))
			.andExpect(jsonPath("$.errors[1].row").value(5));
		assertThat(this.units.byCodes(List.of(t, t + "V01", t + "V03"))).isEmpty();
	}

	@Test
	void aReclassificationNeedsAReasonAndIsKeptInTheUnitsHistory() throws Exception {
		InspectedUnit unit = this.fixtures.village("分类村", UnitPriority.ORDINARY);
		String code = unit.getCode();
		assertThatThrownBy(
				() -> this.classifications.reclassify(code, UnitPriority.KEY, Set.of(), "  ", RoundFixtures.OFFICE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("请填写调整理由");
		assertThatThrownBy(() -> this.classifications.reclassify(code, UnitPriority.KEY, Set.of(), "信访集中", VILLAGE))
			.isInstanceOf(AccessRefusedException.class);
		assertThatThrownBy(
				() -> this.classifications.reclassify("T01", UnitPriority.KEY, Set.of(), "乡镇", RoundFixtures.OFFICE))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.units.byCode(code).orElseThrow().getPriority()).isEqualTo(UnitPriority.ORDINARY);
		assertThat(this.classifications.history(code, RoundFixtures.OFFICE)).isEmpty();

		this.mvc
			.perform(put("/api/units/" + code + "/classification").with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"priority\": \"KEY\", \"categories\": [\"PETITION_HEAVY\"], \"reason\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("请填写调整理由")));
		this.mvc
			.perform(put("/api/units/" + code + "/classification").with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"priority\": \"KEY\", \"categories\": [\"PETITION_HEAVY\"], "
						+ "\"reason\": \"信访举报集中，经巡察办研究列为重点村\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.priorityBefore").value("ORDINARY"))
			.andExpect(jsonPath("$.priorityAfter").value("KEY"));
		this.mvc
			.perform(put("/api/units/" + code + "/classification").with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"priority\": \"KEY\", \"categories\": [\"PETITION_HEAVY\"], \"reason\": \"再次\"}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(get("/api/units/" + code + "/classification-history").with(httpBasic(unit.getGroupId(), "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].reason").value("信访举报集中，经巡察办研究列为重点村"))
			.andExpect(jsonPath("$[0].categoriesAfter[0]").value("PETITION_HEAVY"))
			.andExpect(jsonPath("$[0].changedBy").value("inspection-office"));
		this.mvc.perform(get("/api/units/" + code).with(httpBasic("inspection-office", "demo")))
			.andExpect(jsonPath("$.priority").value("KEY"))
			.andExpect(jsonPath("$.categories.length()").value(1))
			.andExpect(jsonPath("$.categories[0]").value("PETITION_HEAVY"));
	}

	@Test
	void anImportThatChangesAClassificationIsKeptInTheHistoryToo() throws Exception {
		String t = Unique.code("T");
		String v = t + "V01";
		upload(Xlsx.of(HEADER, new String[] { "", t, "导入镇", "乡镇", "", "", "" },
				new String[] { t, v, "导入村", "村", "一般", "", "" }));
		upload(Xlsx.of(HEADER, new String[] { "", t, "导入镇", "乡镇", "", "", "" },
				new String[] { t, v, "导入村", "村", "重点", "资源资产富集", "" }));
		List<UnitClassificationChange> history = this.classifications.history(v, RoundFixtures.OFFICE);
		assertThat(history).hasSize(1);
		assertThat(history.get(0).getReason()).isEqualTo("Excel 导入更新分类");
		assertThat(history.get(0).getNewCategories()).containsExactly(UnitCategory.RESOURCE_RICH);
	}

	@Test
	void aPublishedVersionNeverChangesAndARoundKeepsTheVersionItStartedWith() throws Exception {
		InspectionRound before = this.fixtures.round();
		ChecklistVersion current = this.catalogue.current();
		assertThat(before.getChecklistVersionId()).isEqualTo(current.getId());
		ChecklistItem first = this.catalogue.items(current.getId()).get(0);

		// a published version refuses every change, in Chinese, and stays as it was
		assertThatThrownBy(() -> this.versions.addItem(current.getId(), first.getArea().getId(), "新条目", null,
				RoundFixtures.OFFICE))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("已发布，不能再修改");
		assertThatThrownBy(() -> this.versions.removeItem(current.getId(), first.getId(), RoundFixtures.OFFICE))
			.isInstanceOf(RuleViolationException.class);
		this.mvc
			.perform(post("/api/checklist/versions/" + current.getId() + "/publish")
				.with(httpBasic("inspection-office", "demo")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已发布")));
		this.mvc
			.perform(post("/api/checklist/versions/" + current.getId() + "/items")
				.with(httpBasic("inspection-office", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"areaId\": %d, \"text\": \"新条目\"}".formatted(first.getArea().getId())))
			.andExpect(status().isConflict());
		assertThat(this.catalogue.items(current.getId())).hasSize(this.catalogue.items(current.getId()).size());
		assertThatThrownBy(() -> this.versions.draft(null, VILLAGE)).isInstanceOf(AccessRefusedException.class);

		// a draft copies the current version; an empty text is refused; the draft is
		// published
		ChecklistVersion draft = openDraft();
		List<ChecklistItem> copied = this.catalogue.items(draft.getId());
		assertThat(copied).hasSize(this.catalogue.items(current.getId()).size());
		assertThat(copied.get(0).getCode()).isEqualTo(first.getCode());
		assertThat(copied.get(0).getId()).isNotEqualTo(first.getId());
		ChecklistItem last = copied.get(copied.size() - 1);
		assertThatThrownBy(
				() -> this.versions.addItem(draft.getId(), last.getArea().getId(), " ", null, RoundFixtures.OFFICE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("请填写条目内容");
		ChecklistItem added = this.versions.addItem(draft.getId(), last.getArea().getId(), "整改公示是否在村务公开栏张贴并接受群众监督",
				last.getCategory(), RoundFixtures.OFFICE);
		assertThat(added.getCode()).startsWith(last.getArea().getCode() + "-");
		this.versions.removeItem(draft.getId(), last.getId(), RoundFixtures.OFFICE);
		InspectionRound during = this.fixtures.round();
		assertThat(during.getChecklistVersionId()).as("a draft is not current").isEqualTo(current.getId());
		ChecklistVersion published = this.versions.publish(draft.getId(), RoundFixtures.OFFICE);
		assertThat(this.catalogue.current().getId()).isEqualTo(published.getId());
		assertThatThrownBy(() -> this.versions.publish(draft.getId(), RoundFixtures.OFFICE))
			.isInstanceOf(RuleViolationException.class);

		// the earlier round keeps its version: its inspections read it; a new round takes
		// the new one
		Inspection inspection = this.fixtures.inspection(before, this.fixtures.village("旧版本村", UnitPriority.ORDINARY),
				"inspection-team-1");
		assertThat(inspection.getChecklistVersionId()).isEqualTo(current.getId());
		assertThat(this.catalogue.require(inspection.getChecklistItemIds()))
			.allMatch((item) -> item.getVersionId().equals(current.getId()));
		assertThatThrownBy(() -> this.catalogue.require(current.getId(), Set.of(added.getId())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("不属于本次巡察使用的监督清单版本");
		assertThat(this.fixtures.round().getChecklistVersionId()).isEqualTo(published.getId());
	}

	@Test
	void aDraftsItemWordingChangesOnThePageWhileAPublishedVersionStaysFrozen() throws Exception {
		ChecklistVersion current = this.catalogue.current();
		ChecklistItem frozen = this.catalogue.items(current.getId()).get(0);
		ChecklistVersion draft = openDraft();
		ChecklistItem item = this.catalogue.items(draft.getId())
			.stream()
			.filter((candidate) -> candidate.getCode().equals(frozen.getCode()))
			.findFirst()
			.orElseThrow();
		String original = item.getText();
		String reworded = original + "（含“一肩挑”人员）";
		String page = "/reference/checklist/" + draft.getId() + "/items/" + item.getId();

		// refused: an empty text (400), another caller (403), a published version (409)
		this.mvc
			.perform(post(page).with(user("inspection-office").authorities(() -> "inspection-office"))
				.with(csrf())
				.param("text", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写条目内容")));
		this.mvc
			.perform(post(page).with(user("leading-group").authorities(() -> "leading-group"))
				.with(csrf())
				.param("text", reworded))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/reference/checklist/" + current.getId() + "/items/" + frozen.getId())
				.with(user("inspection-office").authorities(() -> "inspection-office"))
				.with(csrf())
				.param("text", reworded))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已发布，不能再修改")));
		this.mvc
			.perform(post(page).with(user("inspection-office").authorities(() -> "inspection-office"))
				.with(csrf())
				.param("text", reworded)
				.param("category", "NO_SUCH"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("「适用」的值「NO_SUCH」无效")));
		assertThat(text(draft, item.getCode())).isEqualTo(original);
		assertThat(text(current, frozen.getCode())).isEqualTo(frozen.getText());

		// accepted in the draft; the published version keeps its wording
		try {
			this.mvc
				.perform(post(page).with(user("inspection-office").authorities(() -> "inspection-office"))
					.with(csrf())
					.param("text", reworded)
					.param("category", (item.getCategory() != null) ? item.getCategory().name() : ""))
				.andExpect(status().is3xxRedirection());
			assertThat(text(draft, item.getCode())).isEqualTo(reworded);
			assertThat(text(current, frozen.getCode())).isEqualTo(frozen.getText());
			this.mvc
				.perform(get("/reference/checklist").param("version", String.valueOf(draft.getId()))
					.with(user("inspection-office").authorities(() -> "inspection-office")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(reworded)));
		}
		finally {
			// the draft is shared with other tests: put the wording back
			this.versions.changeItem(draft.getId(), item.getId(), original, item.getCategory(), RoundFixtures.OFFICE);
		}
	}

	private String text(ChecklistVersion version, String code) {
		return this.catalogue.items(version.getId())
			.stream()
			.filter((item) -> item.getCode().equals(code))
			.findFirst()
			.orElseThrow()
			.getText();
	}

	@Test
	void aCadreKeepsSpecialtiesAvailabilityAndTheKindOfEachRelation() {
		InspectedUnit unit = this.fixtures.village("回避村", UnitPriority.ORDINARY);
		Cadre cadre = this.cadres.create(
				new CadreForm("王芳", null, "dept-finance", "会计", null,
						List.of(new CadreForm.Relation(unit.getCode(), "其兄任该村会计", CadreRelationKind.KIN)),
						EnumSet.of(CadreSpecialty.FINANCE, CadreSpecialty.AUDIT), CadreAvailability.AVAILABLE, null),
				RoundFixtures.OFFICE);
		assertThat(cadre.getSpecialtiesInOrder()).containsExactly(CadreSpecialty.FINANCE, CadreSpecialty.AUDIT);
		assertThat(cadre.getRelations())
			.containsExactly(new CadreRelation(unit.getCode(), "其兄任该村会计", CadreRelationKind.KIN));
		assertThatThrownBy(() -> this.cadres.create(new CadreForm("李四", null, null, null, null, List.of()), VILLAGE))
			.isInstanceOf(AccessRefusedException.class);
	}

	/**
	 * The open draft, or a new one (one draft at a time, and other tests may have left
	 * one).
	 */
	private ChecklistVersion openDraft() {
		return this.versions.all()
			.stream()
			.filter(ChecklistVersion::isDraft)
			.findFirst()
			.orElseGet(() -> this.versions.draft("测试修订", RoundFixtures.OFFICE));
	}

	private void upload(byte[] file) throws Exception {
		this.mvc.perform(multipart("/api/units/import")
			.file(new MockMultipartFile("file", "units.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.with(httpBasic("inspection-office", "demo"))).andExpect(status().isOk());
	}

}

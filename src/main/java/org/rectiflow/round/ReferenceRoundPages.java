package org.rectiflow.round;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.Bilingual;
import org.rectiflow.common.ErrorPage;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.Labels;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.Department;
import org.rectiflow.identity.Departments;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitCategory;
import org.rectiflow.unit.Units;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 基础数据 · 巡察人才库 and 监督清单 (inspection office): the cadre pool with specialties,
 * availability and the relations that require recusal, added and changed in the page; the
 * checklist's versions, a draft's areas and items, and publishing.
 */
@Controller
class ReferenceRoundPages {

	private static final int MAX_RELATIONS = 5;

	private final Cadres cadres;

	private final ChecklistVersions versions;

	private final ChecklistCatalogue catalogue;

	private final Units units;

	private final Departments departments;

	private final Labels labels;

	private final Validator validator;

	private final org.springframework.transaction.support.TransactionTemplate readOnly;

	ReferenceRoundPages(Cadres cadres, ChecklistVersions versions, ChecklistCatalogue catalogue, Units units,
			Departments departments, Labels labels, Validator validator,
			org.springframework.transaction.PlatformTransactionManager transactions) {
		this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.cadres = cadres;
		this.versions = versions;
		this.catalogue = catalogue;
		this.units = units;
		this.departments = departments;
		this.labels = labels;
		this.validator = validator;
	}

	// ---- 巡察人才库

	@GetMapping("/reference/cadres")
	@Transactional(readOnly = true)
	String cadres(@RequestParam(required = false) String q, @RequestParam(required = false) CadreSpecialty specialty,
			@RequestParam(required = false) CadreAvailability availability, Model model) {
		CurrentUser user = CurrentUser.get();
		requireReader(user);
		List<Cadre> all = this.cadres.list(q, null, PageRequest.of(0, 2000, Sort.by("name")), user).getContent();
		List<Cadre> shown = all.stream()
			.filter((cadre) -> specialty == null || cadre.getSpecialties().contains(specialty))
			.filter((cadre) -> availability == null || cadre.getAvailability() == availability)
			.toList();
		// views copy the lazy collections while the transaction is open
		model.addAttribute("cadres", shown.stream().map(RoundViews.CadreView::of).toList());
		model.addAttribute("q", q);
		model.addAttribute("specialty", specialty);
		model.addAttribute("availability", availability);
		model.addAttribute("specialties", CadreSpecialty.values());
		model.addAttribute("availabilities", CadreAvailability.values());
		model.addAttribute("unitNames", unitNames());
		model.addAttribute("mayEdit", mayKeepCadres(user));
		return "reference/cadres";
	}

	@GetMapping("/reference/cadres/new")
	@Transactional(readOnly = true)
	String newCadre(Model model) {
		requireKeeper(CurrentUser.get());
		return cadreForm(null, model);
	}

	@GetMapping("/reference/cadres/{id}")
	@Transactional(readOnly = true)
	String cadre(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUser.get();
		requireReader(user);
		Cadre cadre = this.cadres.get(id, user);
		model.addAttribute("mayEdit", mayKeepCadres(user));
		return cadreForm(cadre, model);
	}

	@PostMapping("/reference/cadres")
	String createCadre(CadrePageForm page, Model model, RedirectAttributes redirect) {
		requireKeeper(CurrentUser.get());
		try {
			Cadre cadre = this.cadres.create(checked(page.toForm()), CurrentUser.get());
			redirect.addFlashAttribute("saved", "已加入巡察人才库：" + cadre.getName());
			return "redirect:/reference/cadres";
		}
		catch (IllegalArgumentException | RuleViolationException ex) {
			model.addAttribute("formError", Bilingual.chinese(ex.getMessage()));
			model.addAttribute("page", page);
			return this.readOnly.execute((status) -> cadreForm(null, model));
		}
	}

	@PostMapping("/reference/cadres/{id}")
	String updateCadre(@PathVariable long id, CadrePageForm page, Model model, RedirectAttributes redirect) {
		requireKeeper(CurrentUser.get());
		try {
			Cadre cadre = this.cadres.update(id, checked(page.toForm()), CurrentUser.get());
			redirect.addFlashAttribute("saved", "已保存：" + cadre.getName());
			return "redirect:/reference/cadres";
		}
		catch (IllegalArgumentException | RuleViolationException ex) {
			model.addAttribute("formError", Bilingual.chinese(ex.getMessage()));
			model.addAttribute("page", page);
			return this.readOnly.execute((status) -> cadreForm(this.cadres.get(id, CurrentUser.get()), model));
		}
	}

	private String cadreForm(Cadre cadre, Model model) {
		if (!model.containsAttribute("page")) {
			model.addAttribute("page", (cadre != null) ? CadrePageForm.of(cadre) : CadrePageForm.empty());
		}
		if (!model.containsAttribute("mayEdit")) {
			model.addAttribute("mayEdit", true);
		}
		model.addAttribute("cadre", cadre);
		model.addAttribute("specialties", CadreSpecialty.values());
		model.addAttribute("availabilities", CadreAvailability.values());
		model.addAttribute("relationKinds", CadreRelationKind.values());
		model.addAttribute("units", this.units.all());
		model.addAttribute("organizations", organizations());
		return "reference/cadre";
	}

	private CadreForm checked(CadreForm form) {
		Set<ConstraintViolation<CadreForm>> violations = this.validator.validate(form);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations.stream()
				.map((violation) -> fieldName(violation.getPropertyPath().toString()) + "：" + violation.getMessage())
				.sorted()
				.collect(Collectors.joining("；")));
		}
		return form;
	}

	private static String fieldName(String path) {
		if (path.startsWith("name")) {
			return "姓名";
		}
		if (path.startsWith("position")) {
			return "职务";
		}
		if (path.startsWith("availabilityNote")) {
			return "抽调说明";
		}
		if (path.startsWith("relations")) {
			return "回避关系";
		}
		return path;
	}

	private Map<String, String> unitNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (InspectedUnit unit : this.units.all()) {
			names.put(unit.getCode(), (unit.getTownship() != null && unit.getTownship() != unit)
					? unit.getTownship().getName() + " " + unit.getName() : unit.getName());
		}
		return names;
	}

	private Map<String, String> organizations() {
		Map<String, String> organizations = new LinkedHashMap<>();
		for (String group : List.of(GroupIds.INSPECTION_OFFICE, GroupIds.DISCIPLINE_COMMISSION,
				GroupIds.ORGANIZATION_DEPT, GroupIds.PETITION_OFFICE, GroupIds.AUDIT_BUREAU)) {
			organizations.put(group, this.labels.group(group));
		}
		for (Department department : this.departments.functional()) {
			organizations.put(department.getGroupId(), department.getName());
		}
		return organizations;
	}

	// ---- 监督清单

	@GetMapping("/reference/checklist")
	@Transactional(readOnly = true)
	String checklist(@RequestParam(required = false) Long version, Model model) {
		requireReader(CurrentUser.get());
		List<ChecklistVersion> all = this.versions.all();
		ChecklistVersion current = this.catalogue.current();
		ChecklistVersion shown = (version != null) ? this.versions.get(version)
				: all.stream().filter(ChecklistVersion::isDraft).findFirst().orElse(current);
		Map<Long, Long> counts = new LinkedHashMap<>();
		all.forEach((v) -> counts.put(v.getId(), this.versions.itemCount(v.getId())));
		Map<ChecklistArea, List<ChecklistItem>> byArea = new LinkedHashMap<>();
		this.versions.areas(shown.getId()).forEach((area) -> byArea.put(area, new ArrayList<>()));
		for (ChecklistItem item : this.catalogue.items(shown.getId())) {
			byArea.computeIfAbsent(item.getArea(), (area) -> new ArrayList<>()).add(item);
		}
		model.addAttribute("versions", all);
		model.addAttribute("counts", counts);
		model.addAttribute("current", current);
		model.addAttribute("shown", shown);
		model.addAttribute("areas", byArea);
		model.addAttribute("common",
				byArea.values().stream().flatMap(List::stream).filter(ChecklistItem::isCommon).count());
		model.addAttribute("categories", UnitCategory.values());
		model.addAttribute("hasDraft", all.stream().anyMatch(ChecklistVersion::isDraft));
		model.addAttribute("mayEdit", CurrentUser.get().isInspectionOffice());
		return "reference/checklist";
	}

	@PostMapping("/reference/checklist/drafts")
	String draft(@RequestParam(required = false) String name, RedirectAttributes redirect) {
		requireOffice();
		java.util.Optional<ChecklistVersion> open = this.versions.all()
			.stream()
			.filter(ChecklistVersion::isDraft)
			.findFirst();
		if (open.isPresent()) {
			redirect.addFlashAttribute("failed", "已有草稿「第 " + open.get().getNumber() + " 版」，已为您打开；请在此草稿上修改后发布。");
			return "redirect:/reference/checklist?version=" + open.get().getId();
		}
		return edit(null, redirect, () -> {
			ChecklistVersion draft = this.versions.draft(name, CurrentUser.get());
			redirect.addFlashAttribute("saved", "已新建草稿：第 " + draft.getNumber() + " 版（复制自当前版本）");
			return draft.getId();
		});
	}

	@PostMapping("/reference/checklist/{version}/items")
	String addItem(@PathVariable long version, @RequestParam(required = false) Long areaId,
			@RequestParam(required = false) String text, @RequestParam(required = false) UnitCategory category,
			RedirectAttributes redirect) {
		requireOffice();
		return edit(version, redirect, () -> {
			if (areaId == null) {
				throw new InvalidInputException("请选择领域 / Choose an area");
			}
			ChecklistItem item = this.versions.addItem(version, areaId, text, category, CurrentUser.get());
			redirect.addFlashAttribute("saved", "已添加条目 " + item.getCode());
			return version;
		});
	}

	@PostMapping("/reference/checklist/{version}/areas")
	String addArea(@PathVariable long version, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		requireOffice();
		return edit(version, redirect, () -> {
			ChecklistArea area = this.versions.addArea(version, name, CurrentUser.get());
			redirect.addFlashAttribute("saved", "已添加领域「" + area.getName() + "」");
			return version;
		});
	}

	/**
	 * Changes an item's wording (and whom it applies to) in a draft; a published version
	 * is refused with 409, an empty or too long text with 400, the page shown again with
	 * the reason and nothing written (decision 0033).
	 */
	@PostMapping("/reference/checklist/{version}/items/{item}")
	String changeItem(@PathVariable long version, @PathVariable long item, @RequestParam(required = false) String text,
			@RequestParam(required = false) String category, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		requireOffice();
		try {
			UnitCategory appliesTo = (category == null || category.isBlank()) ? null : categoryOf(category);
			ChecklistItem changed = this.versions.changeItem(version, item, text, appliesTo, CurrentUser.get());
			redirect.addFlashAttribute("saved", "已修改条目 " + changed.getCode());
			return "redirect:/reference/checklist?version=" + version;
		}
		catch (IllegalArgumentException | RuleViolationException ex) {
			response.setStatus((ex instanceof RuleViolationException) ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			model.addAttribute("failed", Bilingual.chinese(ex.getMessage()));
			return this.readOnly.execute((status) -> checklist(version, model));
		}
	}

	private static UnitCategory categoryOf(String value) {
		try {
			return UnitCategory.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("「适用」的值「" + value.strip() + "」无效 / Unknown category " + value);
		}
	}

	@PostMapping("/reference/checklist/{version}/items/{item}/delete")
	String removeItem(@PathVariable long version, @PathVariable long item, RedirectAttributes redirect) {
		requireOffice();
		return edit(version, redirect, () -> {
			this.versions.removeItem(version, item, CurrentUser.get());
			redirect.addFlashAttribute("saved", "已删除条目");
			return version;
		});
	}

	@PostMapping("/reference/checklist/{version}/publish")
	String publish(@PathVariable long version, RedirectAttributes redirect) {
		requireOffice();
		return edit(version, redirect, () -> {
			ChecklistVersion published = this.versions.publish(version, CurrentUser.get());
			redirect.addFlashAttribute("saved", "第 " + published.getNumber() + " 版已发布，此后开始的巡察轮次使用该版本；已发布的版本不能再修改。");
			return version;
		});
	}

	/**
	 * Runs one change of the checklist; a refusal (a published version, an empty text)
	 * comes back to the page as a message, and nothing is written.
	 */
	private String edit(Long version, RedirectAttributes redirect, java.util.function.Supplier<Long> change) {
		Long shown = version;
		try {
			shown = change.get();
		}
		catch (IllegalArgumentException | RuleViolationException ex) {
			redirect.addFlashAttribute("failed", Bilingual.chinese(ex.getMessage()));
		}
		return "redirect:/reference/checklist" + ((shown != null) ? "?version=" + shown : "");
	}

	private static void requireOffice() {
		if (!CurrentUser.get().isInspectionOffice()) {
			throw new AccessRefusedException("只有巡察办可以维护监督清单 / Only the inspection office keeps the checklist");
		}
	}

	// ---- access and refusals

	private static boolean mayKeepCadres(CurrentUser user) {
		return user.isInspectionOffice() || user.inGroup(GroupIds.ORGANIZATION_DEPT);
	}

	private static void requireReader(CurrentUser user) {
		if (!user.readsAll()) {
			throw new AccessRefusedException(
					"基础数据仅供巡察办和督查部门查看 / Only the inspection office and supervisors read " + "reference data");
		}
	}

	private static void requireKeeper(CurrentUser user) {
		if (!mayKeepCadres(user)) {
			throw new AccessRefusedException(
					"只有巡察办和组织部可以维护巡察人才库 / Only the inspection office and the organization department keep the pool");
		}
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		return page(HttpStatus.FORBIDDEN, "无权访问", ex.getMessage());
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "未找到", ex.getMessage());
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView conflict(RuleViolationException ex) {
		return page(HttpStatus.CONFLICT, "无法完成", ex.getMessage());
	}

	@ExceptionHandler({ IllegalArgumentException.class,
			org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class })
	ModelAndView badRequest(Exception ex) {
		return page(HttpStatus.BAD_REQUEST, "填写有误", ex.getMessage());
	}

	private static ModelAndView page(HttpStatus status, String title, String message) {
		return ErrorPage.of(status, title, Bilingual.chinese(message))
			.back("reference", "/reference/checklist", "返回基础数据")
			.view();
	}

	/**
	 * The cadre form as the page posts it: relations as parallel lists.
	 *
	 * @param name the name
	 * @param position the post
	 * @param departmentGroupId the cadre's organization
	 * @param homeUnitCode the unit the cadre comes from
	 * @param specialties the specialties
	 * @param availability whether the cadre may be drawn
	 * @param availabilityNote why not
	 * @param active whether the cadre stays in the pool
	 * @param relationUnit the related units
	 * @param relationKind the kinds of relation
	 * @param relationNote the notes
	 */
	record CadrePageForm(String name, String position, String departmentGroupId, String homeUnitCode,
			List<CadreSpecialty> specialties, CadreAvailability availability, String availabilityNote, Boolean active,
			List<String> relationUnit, List<CadreRelationKind> relationKind, List<String> relationNote) {

		static CadrePageForm empty() {
			return new CadrePageForm("", "", "", "", List.of(), CadreAvailability.AVAILABLE, "", true, List.of(),
					List.of(), List.of());
		}

		static CadrePageForm of(Cadre cadre) {
			return new CadrePageForm(cadre.getName(), cadre.getPosition(), cadre.getDepartmentGroupId(),
					cadre.getHomeUnitCode(), cadre.getSpecialtiesInOrder(), cadre.getAvailability(),
					cadre.getAvailabilityNote(), cadre.isActive(),
					cadre.getRelations().stream().map(CadreRelation::unitCode).toList(),
					cadre.getRelations().stream().map(CadreRelation::kind).toList(),
					cadre.getRelations().stream().map(CadreRelation::note).toList());
		}

		/** The relation rows to show: those entered plus empty ones up to the maximum. */
		public List<Integer> rows() {
			int size = Math.min(MAX_RELATIONS, Math.max(size(this.relationUnit) + 1, 2));
			List<Integer> rows = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				rows.add(i);
			}
			return rows;
		}

		public String unitAt(int i) {
			return (this.relationUnit != null && i < this.relationUnit.size()) ? this.relationUnit.get(i) : "";
		}

		public CadreRelationKind kindAt(int i) {
			return (this.relationKind != null && i < this.relationKind.size()) ? this.relationKind.get(i) : null;
		}

		public String noteAt(int i) {
			return (this.relationNote != null && i < this.relationNote.size()) ? this.relationNote.get(i) : "";
		}

		public boolean has(CadreSpecialty specialty) {
			return this.specialties != null && this.specialties.contains(specialty);
		}

		CadreForm toForm() {
			List<CadreForm.Relation> relations = new ArrayList<>();
			for (int i = 0; i < size(this.relationUnit); i++) {
				String unit = unitAt(i);
				if (unit == null || unit.isBlank()) {
					if (noteAt(i) != null && !noteAt(i).isBlank()) {
						throw new InvalidInputException(
								"第 " + (i + 1) + " 条回避关系请选择单位 / Choose the unit of relation " + (i + 1));
					}
					continue;
				}
				relations.add(new CadreForm.Relation(unit.strip(), noteAt(i), kindAt(i)));
			}
			Set<CadreSpecialty> chosen = (this.specialties == null || this.specialties.isEmpty())
					? EnumSet.noneOf(CadreSpecialty.class) : EnumSet.copyOf(this.specialties);
			return new CadreForm((this.name != null) ? this.name.strip() : null, blank(this.homeUnitCode),
					blank(this.departmentGroupId), blank(this.position), this.active == null || this.active, relations,
					chosen, this.availability, blank(this.availabilityNote));
		}

		private static String blank(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		private static int size(List<?> list) {
			return (list != null) ? list.size() : 0;
		}

	}

}

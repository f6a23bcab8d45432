package org.rectiflow.unit;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.Bilingual;
import org.rectiflow.common.ErrorPage;
import org.rectiflow.common.ImportRejectedException;
import org.rectiflow.common.ImportResult;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RowError;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 基础数据 · 被巡察单位 (inspection office): units by township with their names and
 * classification, the Excel import with every bad row listed, and a unit's page where its
 * classification changes with a reason and its history shows.
 */
@Controller
class ReferenceUnitPages {

	private final InspectedUnitRepository units;

	private final UnitImport unitImport;

	private final UnitClassifications classifications;

	private final UnitTerm term;

	private final TransactionTemplate readOnly;

	ReferenceUnitPages(InspectedUnitRepository units, UnitImport unitImport, UnitClassifications classifications,
			UnitTerm term, PlatformTransactionManager transactions) {
		this.units = units;
		this.unitImport = unitImport;
		this.classifications = classifications;
		this.term = term;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@GetMapping("/reference/units")
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String township, @RequestParam(required = false) String q,
			Model model) {
		requireReader();
		model.addAttribute("townships", this.units.findByKindOrderByCode(UnitKind.TOWNSHIP));
		model.addAttribute("township", township);
		model.addAttribute("q", q);
		model.addAttribute("groups", groups(township, q));
		model.addAttribute("mayEdit", CurrentUser.get().isInspectionOffice());
		model.addAttribute("columns", UnitImport.COLUMNS);
		return "reference/units";
	}

	@PostMapping("/reference/units/import")
	String importUnits(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (!CurrentUser.get().isInspectionOffice()) {
			throw new AccessRefusedException("只有巡察办可以导入被巡察单位 / Only the inspection office imports units");
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("importMessage", "请选择要导入的 Excel 文件（.xlsx） / Choose an .xlsx file");
			return this.readOnly.execute((status) -> list(null, null, model));
		}
		try (InputStream in = file.getInputStream()) {
			ImportResult result = this.unitImport.importFile(in, CurrentUser.get());
			// flash attributes live in the (serialized) session: a sentence, not the
			// record
			redirect.addFlashAttribute("imported", "导入完成：新增 " + result.created() + " 个，更新 " + result.updated()
					+ " 个，未变 " + result.unchanged() + " 个。");
			return "redirect:/reference/units";
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("importErrors",
					ex.getErrors()
						.stream()
						.map((error) -> new RowError(error.row(), error.column(), Bilingual.chinese(error.reason())))
						.toList());
			model.addAttribute("importFile", file.getOriginalFilename());
			return this.readOnly.execute((status) -> list(null, null, model));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("importMessage", ex.getMessage());
			return this.readOnly.execute((status) -> list(null, null, model));
		}
	}

	@GetMapping("/reference/units/{code}")
	@Transactional(readOnly = true)
	String unit(@PathVariable String code, Model model) {
		requireReader();
		InspectedUnit unit = this.units.findByCode(code).orElseThrow(() -> new RecordNotFoundException("被巡察单位", code));
		model.addAttribute("unit", unit);
		model.addAttribute("view", UnitView.of(unit, this.term));
		model.addAttribute("history", this.classifications.history(code, CurrentUser.get()));
		model.addAttribute("priorities", UnitPriority.values());
		model.addAttribute("categories", UnitCategory.values());
		model.addAttribute("mayEdit", CurrentUser.get().isInspectionOffice() && unit.getKind() != UnitKind.TOWNSHIP);
		return "reference/unit";
	}

	@PostMapping("/reference/units/{code}/classification")
	String reclassify(@PathVariable String code, @RequestParam(required = false) UnitPriority priority,
			@RequestParam(required = false) Set<UnitCategory> categories, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		try {
			this.classifications.reclassify(code, priority,
					(categories != null) ? categories : EnumSet.noneOf(UnitCategory.class), reason, CurrentUser.get());
		}
		catch (IllegalArgumentException | RuleViolationException ex) {
			model.addAttribute("formError", Bilingual.chinese(ex.getMessage()));
			model.addAttribute("formReason", reason);
			return this.readOnly.execute((status) -> unit(code, model));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/reference/units/" + code;
	}

	private Map<InspectedUnit, List<UnitView>> groups(String township, String q) {
		String like = (q != null) ? q.strip().toLowerCase() : "";
		Map<InspectedUnit, List<UnitView>> groups = new LinkedHashMap<>();
		for (InspectedUnit town : this.units.findByKindOrderByCode(UnitKind.TOWNSHIP)) {
			if (township != null && !township.isBlank() && !town.getCode().equals(township)) {
				continue;
			}
			List<UnitView> villages = this.units.findByTownshipOrderByCode(town)
				.stream()
				.filter((unit) -> like.isEmpty() || unit.getName().toLowerCase().contains(like)
						|| unit.getCode().toLowerCase().contains(like))
				.map((unit) -> UnitView.of(unit, this.term))
				.toList();
			if (like.isEmpty() || !villages.isEmpty() || town.getName().contains(like)) {
				groups.put(town, villages);
			}
		}
		return groups;
	}

	private static void requireReader() {
		CurrentUser user = CurrentUser.get();
		if (!user.readsAll()) {
			throw new AccessRefusedException(
					"基础数据仅供巡察办和督查部门查看 / Only the inspection office and supervisors read " + "reference data");
		}
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		return ErrorPage.of(HttpStatus.FORBIDDEN, "无权访问", Bilingual.chinese(ex.getMessage()))
			.back("reference", "/", "返回首页")
			.view();
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return ErrorPage.of(HttpStatus.NOT_FOUND, "未找到", ex.getMessage())
			.back("reference", "/reference/units", "返回单位列表")
			.view();
	}

}

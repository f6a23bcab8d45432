package org.rectiflow.round;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.rectiflow.common.Bilingual;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.unit.UnitCategory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The round screens (巡察轮次): the rounds, one round with its units and their stages, and
 * one unit's plan (mode, team, cadres with the recusal check, dates). A change that is
 * refused shows the same page again with the reason in Chinese (400 or 409) and writes
 * nothing; a change that succeeds goes back to the page with a notice. (Decision 0027.)
 */
@Controller
class RoundPageController {

	private final RoundPages pages;

	RoundPageController(RoundPages pages) {
		this.pages = pages;
	}

	@GetMapping("/rounds")
	ModelAndView list() {
		return listPage(null);
	}

	@PostMapping("/rounds")
	ModelAndView create(@RequestParam(required = false) String name,
			@RequestParam(required = false) String termStartYear, @RequestParam(required = false) String termEndYear,
			@RequestParam(required = false) String startsOn, @RequestParam(required = false) String endsOn,
			@RequestParam(required = false) List<String> teams, RedirectAttributes flash) {
		CurrentUser user = CurrentUser.get();
		RoundForm form = new RoundForm(name, termStartYear, termEndYear, startsOn, endsOn, teams);
		long[] id = new long[1];
		return attempt(() -> {
			InspectionRound round = this.pages.create(form.parsed(), user);
			id[0] = round.getId();
			return "已创建巡察轮次「" + round.getName() + "」，请加入被巡察对象";
		}, () -> "/rounds/" + id[0], flash, () -> listPage(form));
	}

	@GetMapping("/rounds/{id}")
	ModelAndView round(@PathVariable long id) {
		return roundPage(id, null);
	}

	@PostMapping("/rounds/{id}")
	ModelAndView edit(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String termStartYear, @RequestParam(required = false) String termEndYear,
			@RequestParam(required = false) String startsOn, @RequestParam(required = false) String endsOn,
			@RequestParam(required = false) List<String> teams, RedirectAttributes flash) {
		RoundForm form = new RoundForm(name, termStartYear, termEndYear, startsOn, endsOn, teams);
		return attempt(() -> "已保存「" + this.pages.edit(id, form.parsed(), CurrentUser.get()).getName() + "」",
				() -> "/rounds/" + id, flash, () -> roundPage(id, form));
	}

	@PostMapping("/rounds/{id}/units")
	ModelAndView addUnits(@PathVariable long id, @RequestParam(required = false) String townshipCode,
			@RequestParam(required = false) String category, @RequestParam(required = false) List<String> unitCodes,
			RedirectAttributes flash) {
		return attempt(() -> {
			int added = this.pages.addUnits(id, new RoundPages.AddUnits(blankToNull(townshipCode),
					parse(UnitCategory.class, category, "分类"), unitCodes), CurrentUser.get());
			return "已加入 " + added + " 个被巡察对象";
		}, () -> "/rounds/" + id, flash, () -> roundPage(id, null));
	}

	/**
	 * The unit picker's page for a search (htmx: the fragment only), units not yet in the
	 * round by name, township or category.
	 */
	@GetMapping("/rounds/{id}/unit-choices")
	ModelAndView unitChoices(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page) {
		Long number = number(page, "页码");
		ModelAndView view = new ModelAndView("round/round :: unit-choices");
		view.addObject("roundId", id);
		view.addObject("choices",
				this.pages.unitChoices(id, q, (number != null) ? number.intValue() : 0, CurrentUser.get()));
		return view;
	}

	@PostMapping("/rounds/{id}/assign")
	ModelAndView assign(@PathVariable long id, @RequestParam(required = false) List<String> entryIds,
			@RequestParam(required = false) String teamGroupId, @RequestParam(required = false) String entryOn,
			@RequestParam(required = false) String leaveOn, RedirectAttributes flash) {
		return attempt(() -> {
			int assigned = this.pages.assign(id, new RoundPages.Assign(ids(entryIds), blankToNull(teamGroupId),
					date(entryOn, "进驻日期"), date(leaveOn, "撤离日期")), CurrentUser.get());
			return "已为 " + assigned + " 个被巡察对象安排巡察组和日期";
		}, () -> "/rounds/" + id, flash, () -> roundPage(id, null));
	}

	@PostMapping("/rounds/{id}/start")
	ModelAndView startAll(@PathVariable long id, RedirectAttributes flash) {
		return attempt(() -> "已启动本轮 " + this.pages.startAll(id, CurrentUser.get()) + " 个巡察，各巡察进入「巡察准备」阶段",
				() -> "/rounds/" + id, flash, () -> roundPage(id, null));
	}

	@GetMapping("/rounds/{id}/units/{entryId}")
	ModelAndView unit(@PathVariable long id, @PathVariable long entryId) {
		return unitPage(id, entryId);
	}

	@PostMapping("/rounds/{id}/units/{entryId}")
	ModelAndView plan(@PathVariable long id, @PathVariable long entryId,
			@RequestParam(required = false) String teamGroupId, @RequestParam(required = false) String auditMode,
			@RequestParam(required = false) String entryOn, @RequestParam(required = false) String leaveOn,
			RedirectAttributes flash) {
		return attempt(() -> {
			this.pages.plan(
					id, entryId, new RoundPages.PlanUnit(blankToNull(teamGroupId),
							parse(AuditMode.class, auditMode, "巡审协同方式"), date(entryOn, "进驻日期"), date(leaveOn, "撤离日期")),
					CurrentUser.get());
			return "已保存巡察组和日期";
		}, () -> "/rounds/" + id + "/units/" + entryId, flash, () -> unitPage(id, entryId));
	}

	@PostMapping("/rounds/{id}/units/{entryId}/mode")
	ModelAndView mode(@PathVariable long id, @PathVariable long entryId, @RequestParam(required = false) String mode,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return attempt(() -> {
			this.pages.chooseMode(id, entryId, parse(InspectionMode.class, mode, "巡察方式"), reason, CurrentUser.get());
			return "已保存巡察方式";
		}, () -> "/rounds/" + id + "/units/" + entryId, flash, () -> unitPage(id, entryId));
	}

	@PostMapping("/rounds/{id}/units/{entryId}/members")
	ModelAndView addMember(@PathVariable long id, @PathVariable long entryId,
			@RequestParam(required = false) String cadreId, @RequestParam(required = false) String role,
			RedirectAttributes flash) {
		return attempt(() -> {
			String name = this.pages.addMember(id, entryId, number(cadreId, "干部"), parse(TeamRole.class, role, "组内职务"),
					CurrentUser.get());
			return "「" + name + "」已加入本组";
		}, () -> "/rounds/" + id + "/units/" + entryId, flash, () -> unitPage(id, entryId));
	}

	@PostMapping("/rounds/{id}/units/{entryId}/members/{cadreId}/delete")
	ModelAndView removeMember(@PathVariable long id, @PathVariable long entryId, @PathVariable long cadreId,
			RedirectAttributes flash) {
		return attempt(() -> {
			this.pages.removeMember(id, entryId, cadreId, CurrentUser.get());
			return "已移出本组";
		}, () -> "/rounds/" + id + "/units/" + entryId, flash, () -> unitPage(id, entryId));
	}

	@PostMapping("/rounds/{id}/units/{entryId}/team")
	ModelAndView changeTeamAdd(@PathVariable long id, @PathVariable long entryId,
			@RequestParam(required = false) String cadreId, @RequestParam(required = false) String role,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return attempt(() -> {
			String name = this.pages.changeTeamAdd(id, entryId, number(cadreId, "干部"),
					parse(TeamRole.class, role, "组内职务"), reason, CurrentUser.get());
			return "「" + name + "」已加入巡察组，调整已记录";
		}, () -> "/rounds/" + id + "/units/" + entryId, flash, () -> unitPage(id, entryId));
	}

	@PostMapping("/rounds/{id}/units/{entryId}/team/remove")
	ModelAndView changeTeamRemove(@PathVariable long id, @PathVariable long entryId,
			@RequestParam(required = false) String cadreId, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return attempt(() -> {
			String name = this.pages.changeTeamRemove(id, entryId, number(cadreId, "干部"), reason, CurrentUser.get());
			return "「" + name + "」已移出巡察组，调整已记录";
		}, () -> "/rounds/" + id + "/units/" + entryId, flash, () -> unitPage(id, entryId));
	}

	@PostMapping("/rounds/{id}/units/{entryId}/delete")
	ModelAndView remove(@PathVariable long id, @PathVariable long entryId, RedirectAttributes flash) {
		return attempt(() -> {
			this.pages.remove(id, entryId, CurrentUser.get());
			return "已从本轮移出该对象";
		}, () -> "/rounds/" + id, flash, () -> roundPage(id, null));
	}

	@PostMapping("/rounds/{id}/units/{entryId}/start")
	ModelAndView startOne(@PathVariable long id, @PathVariable long entryId, RedirectAttributes flash) {
		return attempt(() -> "已启动对「" + this.pages.startOne(id, entryId, CurrentUser.get()) + "」的巡察",
				() -> "/rounds/" + id, flash, () -> roundPage(id, null));
	}

	// ---- pages

	private ModelAndView listPage(RoundForm form) {
		CurrentUser user = CurrentUser.get();
		ModelAndView page = new ModelAndView("round/list");
		page.addObject("rounds", this.pages.rounds(user));
		page.addObject("allTeams", this.pages.allTeams());
		page.addObject("office", user.isInspectionOffice());
		page.addObject("form", (form != null) ? form : RoundForm.EMPTY);
		return page;
	}

	private ModelAndView roundPage(long id, RoundForm form) {
		CurrentUser user = CurrentUser.get();
		RoundPages.RoundScreen screen = this.pages.round(id, user);
		ModelAndView page = new ModelAndView("round/round");
		page.addObject("screen", screen);
		page.addObject("allTeams", this.pages.allTeams());
		page.addObject("form", (form != null) ? form : RoundForm.of(screen));
		page.addObject("editFailed", form != null);
		return page;
	}

	private ModelAndView unitPage(long id, long entryId) {
		ModelAndView page = new ModelAndView("round/unit");
		page.addObject("screen", this.pages.unit(id, entryId, CurrentUser.get()));
		return page;
	}

	/**
	 * Runs a change; success redirects with a notice, a refusal (a rule or a bad value)
	 * shows the page again with the reason.
	 */
	private static ModelAndView attempt(Supplier<String> change, Supplier<String> next, RedirectAttributes flash,
			Supplier<ModelAndView> again) {
		try {
			String notice = change.get();
			flash.addFlashAttribute("notice", notice);
			return new ModelAndView("redirect:" + next.get());
		}
		catch (RuleViolationException | IllegalArgumentException ex) {
			ModelAndView page = again.get();
			page.setStatus((ex instanceof RuleViolationException) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
			page.addObject("error", Bilingual.chinese(ex));
			return page;
		}
	}

	// ---- reading what a form sent, in Chinese when it is wrong

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static LocalDate date(String text, String label) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("「" + label + "」应为日期，如 2026-12-20 / " + label + " is not a date");
		}
	}

	static Integer year(String text, String label) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("「" + label + "」应为年份，如 2026 / " + label + " is not a year");
		}
	}

	static Long number(String text, String label) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("「" + label + "」无效 / Invalid " + label);
		}
	}

	static List<Long> ids(List<String> texts) {
		List<Long> ids = new ArrayList<>();
		if (texts != null) {
			for (String text : texts) {
				Long id = number(text, "被巡察对象");
				if (id != null) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	static <E extends Enum<E>> E parse(Class<E> type, String text, String label) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("「" + label + "」的值「" + value + "」无效 / Invalid " + label);
		}
	}

	/** The round's form as sent, so that a refused one keeps what was typed. */
	record RoundForm(String name, String termStartYear, String termEndYear, String startsOn, String endsOn,
			List<String> teams) {

		static final RoundForm EMPTY = new RoundForm("", "", "", "", "", List.of());

		static RoundForm of(RoundPages.RoundScreen screen) {
			InspectionRound round = screen.round();
			return new RoundForm(round.getName(), String.valueOf(round.getTermStartYear()),
					String.valueOf(round.getTermEndYear()), String.valueOf(round.getStartsOn()),
					(round.getEndsOn() != null) ? round.getEndsOn().toString() : "",
					screen.teams().stream().map(RoundPages.Choice::value).toList());
		}

		RoundPages.RoundEdit parsed() {
			return new RoundPages.RoundEdit(this.name, year(this.termStartYear, "届期开始年份"),
					year(this.termEndYear, "届期结束年份"), date(this.startsOn, "开始日期"), date(this.endsOn, "结束日期"),
					(this.teams != null) ? this.teams : List.of());
		}

		public boolean hasTeam(String groupId) {
			return this.teams != null && this.teams.contains(groupId);
		}

	}

}

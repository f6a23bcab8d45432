package org.rectiflow.console;

import org.rectiflow.common.ErrorPage;
import org.rectiflow.identity.CurrentUser;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 时间推进 ({@code /demo/time}): the inspection office moves the engine's clock forward by
 * some days, or runs the timers due now, so that a round (on site at least 3 working
 * days, 回头看 3 months after the sign-off) can be walked in minutes. In the {@code demo}
 * profile only: anywhere else the page does not exist (404), and in the demo only the
 * inspection office (and the administrator) may use it (403 for everyone else).
 */
@Controller
@RequestMapping("/demo/time")
class DemoTimeController {

	private final DemoTime time;

	private final Environment environment;

	DemoTimeController(DemoTime time, Environment environment) {
		this.time = time;
		this.environment = environment;
	}

	@GetMapping
	ModelAndView page() {
		ModelAndView refused = refusal();
		if (refused != null) {
			return refused;
		}
		ModelAndView page = new ModelAndView("demo/time");
		page.addObject("now", this.time.now());
		long hours = this.time.offset().toHours();
		page.addObject("ahead", hours >= 0);
		page.addObject("aheadDays", Math.abs(hours) / 24);
		page.addObject("aheadHours", Math.abs(hours) % 24);
		page.addObject("dueNow", this.time.dueNow());
		page.addObject("timers", this.time.nextTimers(10));
		page.addObject("maxDays", DemoTime.MAX_DAYS);
		return page;
	}

	@PostMapping("/advance")
	ModelAndView advance(@RequestParam(name = "days", required = false) String days, RedirectAttributes redirect) {
		ModelAndView refused = refusal();
		if (refused != null) {
			return refused;
		}
		int count;
		try {
			count = Integer.parseInt((days != null) ? days.strip() : "");
		}
		catch (NumberFormatException ex) {
			return badDays();
		}
		if (count < 1 || count > DemoTime.MAX_DAYS) {
			return badDays();
		}
		DemoTime.Run run = this.time.advance(count);
		redirect.addFlashAttribute("done", "已推进 " + count + " 天，执行到期作业 " + run.done() + " 个"
				+ ((run.failed() > 0) ? "，失败 " + run.failed() + " 个(见流程控制台的事件)" : ""));
		return new ModelAndView("redirect:/demo/time");
	}

	/**
	 * To just past the soonest timer, at most {@code within} days ahead (default and
	 * maximum {@value DemoTime#MAX_DAYS}).
	 */
	@PostMapping("/next")
	ModelAndView next(@RequestParam(name = "within", required = false) String within, RedirectAttributes redirect) {
		ModelAndView refused = refusal();
		if (refused != null) {
			return refused;
		}
		int limit;
		try {
			limit = (within == null) ? DemoTime.MAX_DAYS : Integer.parseInt(within.strip());
		}
		catch (NumberFormatException ex) {
			return badDays();
		}
		if (limit < 1 || limit > DemoTime.MAX_DAYS) {
			return badDays();
		}
		DemoTime.Run run = this.time.advanceToNextTimer(limit);
		if (run == null) {
			redirect.addFlashAttribute("done", limit + " 天内没有等待中的定时器，时间未推进");
		}
		else {
			redirect.addFlashAttribute("done", "已推进到下一个定时器，执行到期作业 " + run.done() + " 个"
					+ ((run.failed() > 0) ? "，失败 " + run.failed() + " 个(见流程控制台的事件)" : ""));
		}
		return new ModelAndView("redirect:/demo/time");
	}

	@PostMapping("/run-due")
	ModelAndView runDue(RedirectAttributes redirect) {
		ModelAndView refused = refusal();
		if (refused != null) {
			return refused;
		}
		DemoTime.Run run = this.time.runDue();
		redirect.addFlashAttribute("done",
				"已执行到期作业 " + run.done() + " 个" + ((run.failed() > 0) ? "，失败 " + run.failed() + " 个(见流程控制台的事件)" : ""));
		return new ModelAndView("redirect:/demo/time");
	}

	/** 404 outside the demo profile, 403 for anyone but the inspection office. */
	private ModelAndView refusal() {
		if (!this.environment.matchesProfiles("demo")) {
			return ErrorPage.of(HttpStatus.NOT_FOUND, "时间推进只在演示环境中提供").view();
		}
		if (!CurrentUser.get().isInspectionOffice()) {
			return ErrorPage.of(HttpStatus.FORBIDDEN, "只有巡察办可以推进演示时间").view();
		}
		return null;
	}

	private static ModelAndView badDays() {
		return ErrorPage.of(HttpStatus.BAD_REQUEST, "请输入 1 至 " + DemoTime.MAX_DAYS + " 之间的天数")
			.back("demo-time", "/demo/time", "返回时间推进")
			.view();
	}

}
